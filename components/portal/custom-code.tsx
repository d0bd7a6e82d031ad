import { headers } from 'next/headers';
import type { Tenant } from '@/lib/db/schema';

/**
 * The tenant's Custom Code (Organization Settings › Client Portal), on client-portal pages only. It carries
 * the request's CSP nonce: the portal's policy allows exactly this inline code, the staff origin allows none.
 */
export async function CustomCode({ tenant }: { tenant: Pick<Tenant, 'customCss' | 'customJs'> }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const css = tenant.customCss.replace(/<\/style/gi, '<\\/style');
  const js = tenant.customJs.replace(/<\/script/gi, '<\\/script');
  return (
    <>
      {css && <style nonce={nonce} data-custom-code="css" dangerouslySetInnerHTML={{ __html: css }} />}
      {js && <script nonce={nonce} data-custom-code="js" dangerouslySetInnerHTML={{ __html: js }} />}
    </>
  );
}
