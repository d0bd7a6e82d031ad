import type { RequestType } from '@/lib/db/schema';

export const TICKET_STATUS_LABELS: Record<string, string> = { new: 'New', in_progress: 'In progress', waiting: 'Waiting for client', resolved: 'Resolved', closed: 'Closed' };
/** A ticket's request type in staff words (the portal's are in messages, portalAdmin.requestTypes.types). */
export const REQUEST_TYPE_LABELS: Record<RequestType, string> = { incident: 'Incident', service_request: 'Service Request', question: 'Question', change: 'Change' };
export const PRIORITY_LABELS: Record<string, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };
export const PROJECT_STATUS_LABELS: Record<string, string> = { planned: 'Planned', active: 'Active', on_hold: 'On hold', completed: 'Completed' };
