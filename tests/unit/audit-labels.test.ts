import { describe, expect, it } from 'vitest';
import { describeAuditAction } from '@/lib/audit-labels';

describe('describeAuditAction', () => {
  it('names the known actions in words', () => {
    expect(describeAuditAction('preview.start')).toBe('Preview started');
    expect(describeAuditAction('portal_user.delete')).toBe('Portal user deleted');
  });

  it('spells out an action it has no words for from its code', () => {
    expect(describeAuditAction('project.add_member')).toBe('Project: add member');
    expect(describeAuditAction('ticket')).toBe('Ticket');
  });
});
