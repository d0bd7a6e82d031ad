/**
 * View Portal / Preview Client Portal: a plain form POST into a new tab (the hand-off is minted by a POST, never by
 * opening a link), which goes on to the portal as the contact.
 */
export function ViewPortalButton({ contactId, children, label, className }: { contactId: string; children: string; label?: string; className?: string }) {
  return (
    <form method="post" action={`/admin/preview/${contactId}`} target="_blank" className="inline">
      <button type="submit" aria-label={label} className={className ?? 'text-brand-700 underline'}>
        {children}
      </button>
    </form>
  );
}
