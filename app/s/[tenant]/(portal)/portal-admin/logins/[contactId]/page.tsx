import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { labelsFromMessages } from '@/components/portal-users/labels';
import { PortalUserActions } from '@/components/portal-users/portal-user-actions';
import { PortalUserForm } from '@/components/portal-users/portal-user-form';
import { Card } from '@/components/ui/card';
import { getCompanyLogin, getCompanyLoginOptions } from '@/lib/portal-admin/logins';
import { requirePortalAdmin } from '@/lib/portal-admin/guard';
import { portalUserDefaults } from '@/lib/portal-users/schemas';
import { resendLoginInvitationAction, resetLoginPasswordAction, setLoginActiveAction, updateLoginAction } from '../actions';

export const metadata: Metadata = { title: 'Edit login' };

export default async function EditLoginPage({ params }: { params: Promise<{ contactId: string }> }) {
  const client = await requirePortalAdmin('portal_admin.logins');
  const { contactId } = await params;
  if (!z.uuid().safeParse(contactId).success) notFound();
  const detail = await getCompanyLogin(client.viewer, contactId);
  if (!detail) notFound();
  const { contact, company, status } = detail;
  const [t, options] = await Promise.all([getTranslations('portalAdmin.logins'), getCompanyLoginOptions(client.viewer, contact.securityLevelId, { id: company.id, name: company.name })]);
  const labels = labelsFromMessages(t.raw('list'));
  const defaults = portalUserDefaults(contact);
  const editable = !client.preview;

  return (
    <section aria-labelledby="login-title" className="space-y-4">
      <Link href="/portal-admin/logins" className="text-sm text-brand-700 hover:underline">
        ← {t('back')}
      </Link>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="login-title" className="text-xl font-semibold">
          {t('edit')}
        </h2>
        <p className="text-sm text-zinc-600">
          {contact.firstName} {contact.lastName} · {company.name} · {labels.status}: <strong>{labels[status]}</strong>
          {contact.id === client.contact.id && <> · {t('you')}</>}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <Card>
          <PortalUserForm
            options={options}
            action={updateLoginAction}
            defaults={defaults}
            contactId={contact.id}
            readOnly={!editable}
            labels={labels}
            lockEmail
          />
        </Card>
        {editable && (
          <PortalUserActions
            contactId={contact.id}
            active={contact.portalAccess}
            twoFactorConfigured={Boolean(contact.totpConfiguredAt)}
            resendAction={resendLoginInvitationAction}
            resetAction={resetLoginPasswordAction}
            setActiveAction={setLoginActiveAction}
            labels={labels}
          />
        )}
      </div>
    </section>
  );
}
