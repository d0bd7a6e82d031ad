import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { UAParser } from 'ua-parser-js';
import { DashboardsEditor } from '@/components/portal/dashboards-editor';
import { OwnAwayCard } from '@/components/portal-admin/own-away-card';
import { EndSessionButton, FormatsForm, LanguageForm, LogonNameForm, PasswordForm } from '@/components/portal/settings-forms';
import { Card } from '@/components/ui/card';
import { listOwnSessions } from '@/lib/account/service';
import { requireClient } from '@/lib/auth/client';
import { twoFactorStatus } from '@/lib/auth/two-factor';
import { formatDateTime } from '@/lib/format';
import { availableDashboards, dashboardAccessOf, selectedDashboards } from '@/lib/portal/dashboards';
import { clearOwnAwayAction, setOwnAwayAction } from './actions';
import { changeLogonNameAction, changePasswordAction, endSessionAction, saveDashboardsAction, setFormatsAction, setLanguageAction } from './actions';

export const metadata: Metadata = { title: 'Settings' };

const TABS = ['general', 'dashboards', 'sessions', 'security'] as const;

function browserOf(userAgent: string | null) {
  const { browser, os } = UAParser(userAgent ?? '');
  return [browser.name, browser.major, os.name && `(${os.name})`].filter(Boolean).join(' ') || 'Unknown browser';
}

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const client = await requireClient();
  const { contact, tenant, company } = client;
  const t = await getTranslations();
  const requested = (await searchParams).tab;
  const tab = TABS.find((x) => x === requested) ?? 'general';

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('settings.title')}</h1>
      <nav aria-label={t('settings.title')} className="flex gap-1 border-b border-zinc-200">
        {TABS.map((key) => (
          <Link
            key={key}
            href={key === 'general' ? '/settings' : `/settings?tab=${key}`}
            aria-current={tab === key ? 'page' : undefined}
            className={`-mb-px border-b-2 px-4 py-2 text-sm ${tab === key ? 'border-brand-600 font-medium text-brand-700' : 'border-transparent text-zinc-600 hover:text-zinc-900'}`}
          >
            {t(`settings.${key}`)}
          </Link>
        ))}
      </nav>

      {tab === 'general' && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t('settings.language')}>
            <LanguageForm action={setLanguageAction} language={contact.language} />
          </Card>
          <Card title={t('settings.logonName')}>
            <LogonNameForm action={changeLogonNameAction} logonName={contact.logonName ?? ''} />
          </Card>
          <Card title={t('settings.passwordTitle')}>
            <PasswordForm action={changePasswordAction} />
          </Card>
          <Card title={t('settings.formats')}>
            <FormatsForm action={setFormatsAction} defaults={contact} />
          </Card>
          <OwnAwayCard contact={contact} save={setOwnAwayAction} clear={clearOwnAwayAction} />
        </div>
      )}

      {tab === 'dashboards' && (
        <Card>
          <DashboardsEditor initial={selectedDashboards(contact.dashboards, dashboardAccessOf(client))} choices={availableDashboards(dashboardAccessOf(client))} action={saveDashboardsAction} />
        </Card>
      )}

      {tab === 'sessions' && (
        <Card title={t('settings.sessions')}>
          <p className="mb-4 text-sm text-zinc-600">{t('settings.sessionsHelp')}</p>
          <table className="w-full text-sm" aria-label={t('settings.sessions')}>
            <thead className="text-left text-zinc-600">
              <tr>
                <th scope="col" className="py-2">{t('settings.browser')}</th>
                <th scope="col" className="py-2">{t('settings.started')}</th>
                <th scope="col" className="py-2">{t('settings.lastSeen')}</th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t('settings.endSession')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(await listOwnSessions(client)).map((s) => (
                <tr key={s.idHash} className="border-t border-zinc-100">
                  <td className="py-2">{browserOf(s.userAgent)}</td>
                  <td className="py-2">{formatDateTime(s.createdAt, contact)}</td>
                  <td className="py-2">{formatDateTime(s.lastSeenAt, contact)}</td>
                  <td className="py-2 text-right">
                    {s.current ? <span className="rounded bg-green-100 px-2 py-0.5 text-xs text-green-800">{t('settings.thisSession')}</span> : <EndSessionButton action={endSessionAction} session={s.idHash} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}

      {tab === 'security' && (
        <Card title={t('twoFactor.status')}>
          <p className="text-sm">
            {t('twoFactor.status')}: <strong>{t(`twoFactor.${twoFactorStatus(tenant, company, contact)}`)}</strong>
          </p>
          {!contact.totpConfiguredAt && (
            <Link href="/two-factor/setup" className="mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
              {t('twoFactor.setUp')}
            </Link>
          )}
        </Card>
      )}
    </div>
  );
}
