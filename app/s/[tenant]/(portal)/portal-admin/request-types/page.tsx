import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { QuickField } from '@/components/forms/quick-form';
import { inputClass } from '@/components/forms/styles';
import { PortalForm } from '@/components/portal/portal-form';
import { Card } from '@/components/ui/card';
import { REQUEST_TYPES } from '@/lib/db/schema';
import { requirePortalAdmin } from '@/lib/portal-admin/guard';
import { getRequestTypePreferences } from '@/lib/portal-admin/request-types';
import { setRequestTypesAction } from './actions';

export const metadata: Metadata = { title: 'Request Type Preferences' };

export default async function RequestTypesPage() {
  const { viewer } = await requirePortalAdmin('portal_admin.request_types');
  const [t, { offered, defaultRequestType }] = await Promise.all([getTranslations('portalAdmin.requestTypes'), getRequestTypePreferences(viewer)]);
  return (
    <Card title={t('title')} className="max-w-2xl">
      <p className="mb-4 text-sm text-zinc-600">{t('intro')}</p>
      <PortalForm action={setRequestTypesAction} label={t('title')} submit={t('save')} resetOnSuccess={false}>
        <fieldset className="space-y-2">
          <legend className="mb-2 text-sm font-medium text-zinc-800">{t('offered')}</legend>
          {REQUEST_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={type} defaultChecked={offered.includes(type)} className="h-4 w-4 rounded border-zinc-300" /> {t(`types.${type}`)}
            </label>
          ))}
        </fieldset>
        <QuickField label={t('default')}>
          <select name="defaultRequestType" defaultValue={defaultRequestType} className={`${inputClass} sm:max-w-xs`}>
            {REQUEST_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </select>
        </QuickField>
      </PortalForm>
    </Card>
  );
}
