import { sql } from 'drizzle-orm';
import { documentationRecords, type DocumentationRecord } from '@/lib/db/schema';

/**
 * Every column of a documentation record a page may have — staff's or a portal user's: everything but the sealed
 * secret, of which a page knows only whether there is one. Only Reveal reads `secret`.
 */
export const recordColumns = {
  id: documentationRecords.id,
  companyId: documentationRecords.companyId,
  kind: documentationRecords.kind,
  name: documentationRecords.name,
  system: documentationRecords.system,
  username: documentationRecords.username,
  hasSecret: sql<boolean>`${documentationRecords.secret} is not null`.mapWith(Boolean).as('has_secret'),
  serialNumber: documentationRecords.serialNumber,
  vendor: documentationRecords.vendor,
  seats: documentationRecords.seats,
  assignedTo: documentationRecords.assignedTo,
  startsOn: documentationRecords.startsOn,
  endsOn: documentationRecords.endsOn,
  notes: documentationRecords.notes,
  showOnPortal: documentationRecords.showOnPortal,
  minimumLevel: documentationRecords.minimumLevel,
  updatedAt: documentationRecords.updatedAt,
};

/** A record as a page has it (see `recordColumns`). */
export type DocumentationRecordView = Omit<DocumentationRecord, 'tenantId' | 'secret' | 'updatedByUserId' | 'createdAt'> & { hasSecret: boolean };
