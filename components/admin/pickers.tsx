'use client';
import { useState } from 'react';
import { Combobox, type ComboboxItem } from '@/components/ui/combobox';

type PickerProps = {
  label: string;
  /** the hidden input's name: the form posts the chosen id under it */
  name: string;
  initial: ComboboxItem | null;
  onChosen?: (item: ComboboxItem | null) => void;
  errors?: string[];
  hint?: string;
  disabled?: boolean;
  id?: string;
};

/** Where staff comboboxes search: the tenant's companies; contacts (of one company) for the ticket form. */
const COMPANY_SEARCH_URL = '/admin/companies/search';
const CONTACT_SEARCH_URL = '/admin/contacts/search';

/** A company of the tenant, searched as the user types (the same combobox on every staff form and list filter). */
export function CompanyPicker({ initial, onChosen, ...props }: PickerProps) {
  const [chosen, setChosen] = useState(initial);
  return (
    <Combobox
      {...props}
      searchUrl={COMPANY_SEARCH_URL}
      noMatches="No company matches."
      placeholder="Type to search companies…"
      value={chosen}
      onChange={(item) => {
        setChosen(item);
        onChosen?.(item);
      }}
    />
  );
}

/** A contact, searched as the user types, of `companyId` only (none to choose before a company is). */
export function ContactPicker({ initial, onChosen, companyId, ...props }: PickerProps & { companyId: string }) {
  const [chosen, setChosen] = useState(initial);
  return (
    <Combobox
      {...props}
      disabled={props.disabled || !companyId}
      searchUrl={`${CONTACT_SEARCH_URL}?${new URLSearchParams({ company: companyId })}`}
      noMatches="No contact of this company matches."
      placeholder={companyId ? 'Type to search contacts…' : 'Choose a company first'}
      value={chosen}
      onChange={(item) => {
        setChosen(item);
        onChosen?.(item);
      }}
    />
  );
}
