import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { CustomCode } from '@/components/portal/custom-code';
import { HelpMenu } from '@/components/portal/help-menu';
import { PortalNav } from '@/components/portal/portal-nav';
import { PreviewBanner } from '@/components/portal/preview-banner';
import { ProfileMenu } from '@/components/portal/profile-menu';
import { PortalUnavailable } from '@/components/portal-unavailable';
import { unreadCount } from '@/lib/account/service';
import { PORTAL_CLIENT_MESSAGES, pickMessages } from '@/lib/i18n/client-messages';
import { requireClient } from '@/lib/auth/client';
import { dashboardAccessOf, mayUseDashboard, selectedDashboards } from '@/lib/portal/dashboards';
import { portalAdminPages } from '@/lib/portal-admin/pages';
import { requireTenant } from '@/lib/tenancy/tenant';
import { endPreviewAction, logOff, uploadPictureAction } from './actions';

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const tenant = await requireTenant();
  if (!tenant.portalActivated) return <PortalUnavailable tenantName={tenant.name} />;
  const { contact, company, securityLevel, preview, twoFactorPending } = await requireClient();
  if (twoFactorPending) redirect('/two-factor/setup');
  const [t, locale, messages, unread] = await Promise.all([getTranslations(), getLocale(), getMessages(), unreadCount(tenant.id, contact.id)]);
  const name = `${contact.firstName} ${contact.lastName}`.trim();
  const access = dashboardAccessOf({ securityLevel, company });
  const dashboards = selectedDashboards(contact.dashboards, access).map((key) => ({
    href: `/dashboards/${key}`,
    label: t(`dashboards.${key}`),
  }));
  const admin = portalAdminPages(securityLevel?.permissions ?? []).length ? [{ href: '/portal-admin', label: t('portalAdmin.menu') }] : [];
  const nav = [...dashboards, ...admin];
  const avatarSrc = contact.avatarUpdatedAt ? `/avatar/${contact.id}?v=${contact.avatarUpdatedAt.getTime()}` : null;

  return (
    <div lang={locale} className="min-h-screen">
      <CustomCode tenant={tenant} />
      <NextIntlClientProvider messages={pickMessages(messages, PORTAL_CLIENT_MESSAGES)}>
        {preview && <PreviewBanner name={name} company={company.name} staffName={preview.staffName} endPreview={endPreviewAction} />}
        <header className="border-b border-zinc-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-6 py-3">
            <div className="flex min-w-0 max-w-full flex-wrap items-center gap-x-6 gap-y-2">
              <Link href="/home" className="font-semibold">
                {t('common.portalTitle', { tenant: tenant.name })}
              </Link>
              <PortalNav label={t('common.mainMenu')} items={nav} />
            </div>
            <div className="flex items-center gap-3">
              <HelpMenu
                tenantName={tenant.name}
                release={process.env.NEXT_PUBLIC_RELEASE ?? '0.0.0'}
                build={process.env.NEXT_PUBLIC_BUILD ?? 'dev'}
                knowledgeBase={mayUseDashboard('knowledge-base', access)}
                mayCreateTickets={access.permissions.includes('tickets.create')}
              />
              <Link
                href="/notifications"
                aria-label={`${t('common.myNotifications')}: ${t('common.unread', { count: unread })}`}
                className="relative flex h-9 w-9 items-center justify-center rounded-full border border-zinc-300 hover:bg-zinc-100"
              >
                <svg
                  aria-hidden
                  viewBox="0 0 24 24"
                  className="h-5 w-5 fill-none stroke-zinc-700"
                  strokeWidth={1.8}
                  strokeLinecap="round"
                  strokeLinejoin="round"
                >
                  <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                  <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
                </svg>
                {unread > 0 && (
                  <span data-testid="unread-count" className="absolute -right-1 -top-1 rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white">
                    {unread}
                  </span>
                )}
              </Link>
              <ProfileMenu name={name} level={securityLevel?.name ?? ''} avatarSrc={avatarSrc} logOff={logOff} uploadPicture={uploadPictureAction} />
            </div>
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
      </NextIntlClientProvider>
    </div>
  );
}
