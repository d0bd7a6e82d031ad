/**
 * A portal user's set-password links (invitation, password reset): every event that hands out a new way
 * in, or takes the old one away, ends the other open links; and a token is used up only for its purpose.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as account from '@/lib/account/service';
import { setPasswordWithLink } from '@/lib/auth/onboarding';
import { hashToken, randomToken } from '@/lib/auth/random';
import { createSession } from '@/lib/auth/sessions';
import { consumeToken, inspectToken, issueToken } from '@/lib/auth/tokens';
import { contacts, oneTimeTokens, type Contact, type TokenPurpose } from '@/lib/db/schema';
import type { ClientContext, StaffContext } from '@/lib/errors';
import * as portalUsers from '@/lib/portal-users/service';
import { clientOp } from '../support/client-work';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const changePassword = clientOp(account.changePassword, 'own_account', 'client.change_password');
const setPortalUserActive = staffOp(portalUsers.setPortalUserActive, 'portal_users.edit', 'portal_user.activate');
const deletePortalUsers = staffOp(portalUsers.deletePortalUsers, 'portal_users.edit', 'portal_user.delete');

const HOUR = 3600_000;
const LINKS: TokenPurpose[] = ['invitation', 'password_reset'];

async function setUp(email: string) {
  const d = await demo();
  const contact = await d.contact(d.acme.id, email);
  const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const issue = async (purpose: TokenPurpose) => (await issueToken({ tenantId: d.acme.id, purpose, contactId: contact.id, ttlMs: HOUR })).token;
  /** A link as an older version (or a race) could have left it: open next to another one. */
  const openLink = async (purpose: TokenPurpose) => {
    const token = randomToken();
    await d.db.insert(oneTimeTokens).values({ tenantId: d.acme.id, purpose, contactId: contact.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + HOUR) });
    return token;
  };
  const status = async (token: string) => (await inspectToken(token, d.acme.id, LINKS)).status;
  return { ...d, contact, owner, issue, openLink, status };
}

async function clientContext(tenant: StaffContext['tenant'], contact: Contact): Promise<ClientContext> {
  const sessionToken = await createSession({ tenantId: tenant.id, kind: 'client', contactId: contact.id, sessionVersion: contact.sessionVersion });
  return { tenant, contact, sessionToken, viewer: { tenantId: tenant.id, contactId: contact.id, companyId: contact.companyId, permissions: [] } };
}

describe('set-password links revoke each other', () => {
  it('a new reset link ends an open invitation, and a new invitation an open reset link', async () => {
    const { issue, status } = await setUp('franco@coolair.com');
    const invitation = await issue('invitation');
    const reset = await issue('password_reset');
    expect(await status(invitation)).toBe('unknown');
    expect(await status(reset)).toBe('valid');

    const again = await issue('invitation');
    expect(await status(reset)).toBe('unknown');
    expect(await status(again)).toBe('valid');
  });

  it('setting a password from one link ends every other open link', async () => {
    const { acme, openLink, status } = await setUp('info@abmapartments.com');
    const invitation = await openLink('invitation');
    const reset = await openLink('password_reset');
    await setPasswordWithLink(acme, { token: reset, password: 'a-long-new-passphrase', confirm: 'a-long-new-passphrase' });
    expect(await status(reset)).toBe('used');
    expect(await status(invitation)).toBe('unknown');
  });

  it('changing the password in Settings ends the open links', async () => {
    const { acme, contact, db, issue, status } = await setUp('nataliya@coolair.com');
    const reset = await issue('password_reset');
    const [current] = await db.select().from(contacts).where(eq(contacts.id, contact.id));
    await changePassword(await clientContext(acme, current), 'demo-password-1', 'another-long-passphrase');
    expect(await status(reset)).toBe('unknown');
  });

  it('deactivating a portal user ends the open links, for good', async () => {
    const { acme, contact, owner, issue, status } = await setUp('sales@loop.org');
    const invitation = await issue('invitation');
    await setPortalUserActive(owner, contact.id, false);
    await setPortalUserActive(owner, contact.id, true);
    expect(await status(invitation)).toBe('unknown');
    await expect(setPasswordWithLink(acme, { token: invitation, password: 'a-long-new-passphrase', confirm: 'a-long-new-passphrase' })).rejects.toThrow(
      'This link is not valid.',
    );
  });

  it('deleting a portal user ends the open links', async () => {
    const { contact, owner, issue, status } = await setUp('franco@coolair.com');
    const reset = await issue('password_reset');
    await deletePortalUsers(owner, [contact.id]);
    expect(await status(reset)).toBe('unknown');
  });

  it('leaves other contacts’ links and other kinds of token alone', async () => {
    const { acme, contact, issue } = await setUp('nataliya@coolair.com');
    const twoFactor = (await issueToken({ tenantId: acme.id, purpose: 'two_factor_pending', contactId: contact.id, ttlMs: HOUR })).token;
    const other = await setUp('info@abmapartments.com');
    const othersLink = await other.issue('password_reset');
    await issue('invitation');
    expect(await other.status(othersLink)).toBe('valid');
    expect((await inspectToken(twoFactor, acme.id, ['two_factor_pending'])).status).toBe('valid');
  });
});

describe('using a token up', () => {
  it('checks the purpose in the same statement: a token shown for another purpose stays unused', async () => {
    const { acme, issue, status } = await setUp('nataliya@coolair.com');
    const reset = await issue('password_reset');
    expect(await consumeToken(reset, acme.id, ['two_factor_pending', 'preview_handoff'])).toBeNull();
    expect(await status(reset)).toBe('valid');
    expect((await consumeToken(reset, acme.id, ['password_reset']))?.purpose).toBe('password_reset');
    expect(await status(reset)).toBe('used');
  });
});
