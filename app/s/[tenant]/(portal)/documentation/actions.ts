'use server';
import { z } from 'zod';
import { clientAction } from '@/lib/actions';
import { requestMeta } from '@/lib/auth/request-meta';
import { revealPortalSecret } from '@/lib/documentation/portal';

const revealSchema = z.object({ recordId: z.uuid() });

/** Reveal a password or license key: a POST, audited with the caller's address, answered once; nothing to refresh. */
export const revealDocumentationAction = clientAction(
  { schema: revealSchema, permission: 'documentation.passwords', audit: 'documentation.client_reveal', refresh: false },
  async ({ recordId }, w) => {
    const { ip } = await requestMeta();
    const secret = await revealPortalSecret(w, recordId, ip);
    return { success: 'Revealed.', secret };
  },
);
