export const TICKET_STATUS_LABELS: Record<string, string> = { new: 'New', in_progress: 'In progress', waiting: 'Waiting for client', resolved: 'Resolved', closed: 'Closed' };
export const PRIORITY_LABELS: Record<string, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };
export const PROJECT_STATUS_LABELS: Record<string, string> = { planned: 'Planned', active: 'Active', on_hold: 'On hold', completed: 'Completed' };
