import type { Tenant } from '@/lib/db/schema';

/** The tenant's Custom Code (Organization Settings › Client Portal), on client-portal pages only. */
export function CustomCode({ tenant }: { tenant: Pick<Tenant, 'customCss' | 'customJs'> }) {
  const css = tenant.customCss.replace(/<\/style/gi, '<\\/style');
  const js = tenant.customJs.replace(/<\/script/gi, '<\\/script');
  return (
    <>
      {css && <style data-custom-code="css" dangerouslySetInnerHTML={{ __html: css }} />}
      {js && <script data-custom-code="js" dangerouslySetInnerHTML={{ __html: js }} />}
    </>
  );
}
