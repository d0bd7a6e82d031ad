import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { QuickField } from '@/components/forms/quick-form';
import { inputClass } from '@/components/forms/styles';
import { VendorList } from '@/components/portal-admin/vendor-list';
import { PortalForm } from '@/components/portal/portal-form';
import { Card } from '@/components/ui/card';
import type { Vendor } from '@/lib/db/schema';
import { requirePortalAdmin } from '@/lib/portal-admin/guard';
import { listVendors } from '@/lib/portal-admin/vendors';
import { addVendorAction, deleteVendorAction, updateVendorAction } from './actions';

export const metadata: Metadata = { title: 'Vendors' };

export default async function VendorsPage({ searchParams }: { searchParams: Promise<{ edit?: string }> }) {
  const { viewer } = await requirePortalAdmin('portal_admin.vendors');
  const [t, vendors, { edit }] = await Promise.all([getTranslations('portalAdmin.vendors'), listVendors(viewer), searchParams]);
  const editing = vendors.find((v) => v.id === edit);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
      <Card title={t('title')}>
        <p className="mb-4 text-sm text-zinc-600">{t('intro')}</p>
        {vendors.length === 0 ? (
          <p className="text-sm text-zinc-500">{t('empty')}</p>
        ) : (
          <VendorList
            vendors={vendors}
            labels={{
              list: t('list'),
              supplies: t('supplies'),
              accountNumber: t('accountNumber'),
              supportPhone: t('supportPhone'),
              supportEmail: t('supportEmail'),
              notes: t('notes'),
            }}
            edit={{ href: (id) => `/portal-admin/vendors?edit=${id}#edit`, label: (name) => t('editLabel', { name }), text: t('edit') }}
          />
        )}
      </Card>
      <div id="edit">{editing ? <EditVendor key={editing.id} vendor={editing} /> : <AddVendor />}</div>
    </div>
  );
}

async function VendorFields({ vendor }: { vendor?: Vendor }) {
  const t = await getTranslations('portalAdmin.vendors');
  return (
    <>
      <QuickField label={t('name')}>
        <input name="name" defaultValue={vendor?.name} maxLength={200} className={inputClass} />
      </QuickField>
      <QuickField label={t('supplies')}>
        <input name="supplies" defaultValue={vendor?.supplies} maxLength={500} className={inputClass} />
      </QuickField>
      <div className="grid gap-3 sm:grid-cols-2">
        <QuickField label={t('accountNumber')}>
          <input name="accountNumber" defaultValue={vendor?.accountNumber} maxLength={100} className={inputClass} />
        </QuickField>
        <QuickField label={t('supportPhone')}>
          <input name="supportPhone" type="tel" defaultValue={vendor?.supportPhone} maxLength={50} className={inputClass} />
        </QuickField>
      </div>
      <QuickField label={t('supportEmail')}>
        <input name="supportEmail" type="email" defaultValue={vendor?.supportEmail} maxLength={254} className={inputClass} />
      </QuickField>
      <QuickField label={t('notes')}>
        <textarea name="notes" defaultValue={vendor?.notes} rows={3} className={inputClass} />
      </QuickField>
    </>
  );
}

async function AddVendor() {
  const t = await getTranslations('portalAdmin.vendors');
  return (
    <Card title={t('addTitle')}>
      <PortalForm action={addVendorAction} label={t('addTitle')} submit={t('add')}>
        <VendorFields />
      </PortalForm>
    </Card>
  );
}

async function EditVendor({ vendor }: { vendor: Vendor }) {
  const t = await getTranslations('portalAdmin.vendors');
  return (
    <Card title={t('editTitle', { name: vendor.name })}>
      <PortalForm action={updateVendorAction} label={t('editTitle', { name: vendor.name })} submit={t('save')} resetOnSuccess={false}>
        <input type="hidden" name="vendorId" value={vendor.id} />
        <VendorFields vendor={vendor} />
      </PortalForm>
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3 border-t border-zinc-200 pt-4">
        <Link href="/portal-admin/vendors" className="py-2 text-sm text-brand-700 hover:underline">
          {t('cancel')}
        </Link>
        <PortalForm action={deleteVendorAction} label={t('delete')} submit={t('delete')} variant="secondary">
          <input type="hidden" name="vendorId" value={vendor.id} />
        </PortalForm>
      </div>
    </Card>
  );
}
