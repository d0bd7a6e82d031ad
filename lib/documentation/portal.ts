import 'server-only';
import { and, asc, eq, ilike, or } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { documentationRecords, type DocumentationKind } from '@/lib/db/schema';
import { NotFoundError } from '@/lib/errors';
import { likePattern } from '@/lib/paging';
import type { ClientWork } from '@/lib/pipeline';
import type { Viewer } from '@/lib/portal/access';
import { visibleDocumentation } from './access';
import { recordColumns, type DocumentationRecordView } from './columns';
import { openSecret } from './crypto';

/**
 * The portal side of documentation on file: what a portal user may see of it (only through
 * `visibleDocumentation`), and Reveal, the one way a secret leaves the server ("documentation.passwords").
 */

/** What a portal user's page shows of a record (never the secret; staff-only settings left out). */
const { companyId: _company, showOnPortal: _shown, minimumLevel: _level, ...listed } = recordColumns;
export type PortalDocumentationRecord = Omit<DocumentationRecordView, 'companyId' | 'showOnPortal' | 'minimumLevel'>;

export type PortalDocumentation = Record<DocumentationKind, PortalDocumentationRecord[]>;

export const MAX_QUERY = 200;


/** The viewer's documentation by kind, optionally narrowed to records whose name, system, username, vendor, serial number or assignee contains `query`. */
export async function listPortalDocumentation(viewer: Viewer, query = ''): Promise<PortalDocumentation> {
  const db = await getDb();
  const term = query.trim().slice(0, MAX_QUERY);
  const pattern = likePattern(term);
  const matches = term
    ? or(
        ilike(documentationRecords.name, pattern),
        ilike(documentationRecords.system, pattern),
        ilike(documentationRecords.username, pattern),
        ilike(documentationRecords.vendor, pattern),
        ilike(documentationRecords.serialNumber, pattern),
        ilike(documentationRecords.assignedTo, pattern),
      )
    : undefined;
  const rows: PortalDocumentationRecord[] = await db
    .select(listed)
    .from(documentationRecords)
    .where(and(await visibleDocumentation(viewer), matches))
    .orderBy(asc(documentationRecords.name), asc(documentationRecords.id));
  return {
    credential: rows.filter((r) => r.kind === 'credential'),
    warranty: rows.filter((r) => r.kind === 'warranty'),
    license: rows.filter((r) => r.kind === 'license'),
  };
}

/**
 * Reveal: the secret of a record the viewer may see (another company's, another tenant's, an unshared or
 * higher-level record is simply not found), opened once and audited — who, which record, from which address;
 * never the secret.
 */
export async function revealPortalSecret(w: ClientWork<'documentation.passwords'>, recordId: string, ip: string | null): Promise<string> {
  const [record] = await w.tx
    .select({ id: documentationRecords.id, kind: documentationRecords.kind, name: documentationRecords.name, secret: documentationRecords.secret })
    .from(documentationRecords)
    .where(and(eq(documentationRecords.id, recordId), await visibleDocumentation(w.viewer)));
  if (!record?.secret) throw new NotFoundError('documentation record');
  const secret = await openSecret(w.tenant.id, record.secret, w.tx);
  await w.audit({ type: 'documentation_record', id: record.id, ip, details: { kind: record.kind, name: record.name } });
  return secret;
}
