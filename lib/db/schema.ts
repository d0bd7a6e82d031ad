import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  customType,
  date,
  numeric,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export type EmailPreferences = { notifications: boolean; ticketUpdates: boolean; projectUpdates: boolean };
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id, { onDelete: 'cascade' });

export const tenants = pgTable('tenants', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  disabled: boolean('disabled').notNull().default(false),
  portalActivated: boolean('portal_activated').notNull().default(false),
  invitationLifetimeHours: integer('invitation_lifetime_hours').notNull().default(48),
  twoFactorRequired: boolean('two_factor_required').notNull().default(false),
  /** Show on Portal? default for new updates, documents and comments */
  shareByDefault: boolean('share_by_default').notNull().default(false),
  shareMilestonesByDefault: boolean('share_milestones_by_default').notNull().default(false),
  shareTasksByDefault: boolean('share_tasks_by_default').notNull().default(false),
  customCss: text('custom_css').notNull().default(''),
  customJs: text('custom_js').notNull().default(''),
  /** printed on invoices and reports (several lines) */
  address: text('address').notNull().default(''),
  /** the last invoice number given: the next is one more (taken with UPDATE … RETURNING in the invoice's transaction) */
  lastInvoiceNumber: integer('last_invoice_number').notNull().default(0),
  createdAt: createdAt(),
});

export const STAFF_PERMISSIONS = [
  'portal_users.edit',
  'portal.preview',
  'security_levels.manage',
  'organization_settings.edit',
  'projects.edit',
  'tickets.edit',
  'staff.manage',
  'knowledge_base.edit',
  'documentation.view',
  'documentation.edit',
  'documentation.reveal',
  'invoices.edit',
] as const;
export type StaffPermission = (typeof STAFF_PERMISSIONS)[number];

/** What a security level can allow a portal user (SPEC section 3). */
export const LEVEL_PERMISSIONS = [
  'tickets.own',
  'tickets.company',
  'tickets.create',
  'tickets.view_priority',
  'tickets.set_priority',
  'projects.member',
  'projects.company',
  'projects.work',
  'projects.charges',
  'projects.estimated_hours',
  'knowledge_base.view',
  'documentation.view',
  'documentation.passwords',
  'invoices.view',
  'portal_admin.logins',
  'portal_admin.queues',
  'portal_admin.request_types',
  'portal_admin.vendors',
  'portal_admin.out_of_office',
  'portal_admin.off_hours',
] as const;
export type LevelPermission = (typeof LEVEL_PERMISSIONS)[number];

/** Staff users. Also the Auth.js `users` table (id, name, email, emailVerified, image). */
export const users = pgTable(
  'users',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    tenantId: tenantId(),
    name: text('name'),
    email: text('email').notNull(),
    emailVerified: timestamp('email_verified', { mode: 'date', withTimezone: true }),
    image: text('image'),
    passwordHash: text('password_hash'),
    permissions: text('permissions')
      .array()
      .$type<StaffPermission[]>()
      .notNull()
      .default(sql`'{}'`),
    active: boolean('active').notNull().default(true),
    sessionVersion: integer('session_version').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_tenant_email_idx').on(t.tenantId, sql`lower(${t.email})`)],
);

export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').$type<'email' | 'oauth' | 'oidc' | 'webauthn'>().notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

/** Auth.js e-mail sign-in links; `token` is stored hashed by Auth.js. */
export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: timestamp('expires', { mode: 'date', withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const securityLevels = pgTable(
  'security_levels',
  {
    id: id(),
    /** null for the built-in levels shared by every tenant */
    tenantId: uuid('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    name: text('name').notNull(),
    permissions: text('permissions')
      .array()
      .notNull()
      .default(sql`'{}'`),
    clientAssignable: boolean('client_assignable').notNull().default(true),
    builtIn: boolean('built_in').notNull().default(false),
    rank: integer('rank').notNull().default(100),
  },
  (t) => [
    uniqueIndex('security_levels_tenant_key_idx').on(t.tenantId, t.key),
    // custom level names are unique per tenant, ignoring case (built-in names are checked in the service)
    uniqueIndex('security_levels_tenant_name_idx').on(t.tenantId, sql`lower(${t.name})`),
  ],
);

export const companies = pgTable(
  'companies',
  {
    id: id(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    email: text('email'),
    parentCompanyId: uuid('parent_company_id').references((): AnyPgColumn => companies.id, { onDelete: 'set null' }),
    primaryContactId: uuid('primary_contact_id').references((): AnyPgColumn => contacts.id, { onDelete: 'set null' }),
    billingContactId: uuid('billing_contact_id').references((): AnyPgColumn => contacts.id, { onDelete: 'set null' }),
    portalEnabled: boolean('portal_enabled').notNull().default(true),
    knowledgeBaseEnabled: boolean('knowledge_base_enabled').notNull().default(false),
    twoFactorRequired: boolean('two_factor_required').notNull().default(false),
    /** Request Type Preferences: the request types the company's users are offered (null: all) and the default one */
    requestTypes: text('request_types').array().$type<RequestType[]>(),
    defaultRequestType: text('default_request_type').$type<RequestType>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('companies_tenant_name_idx').on(t.tenantId, t.name),
    index('companies_tenant_parent_idx').on(t.tenantId, t.parentCompanyId),
    index('companies_tenant_name_search_idx').using('gin', t.tenantId, sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    tenantId: tenantId(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull().default(''),
    email: text('email').notNull(),
    /** kept equal to the company's name by triggers (migration 0004), so the list sorts and filters without a join */
    companyName: text('company_name').notNull().default(''),
    phone: text('phone'),
    portalAccess: boolean('portal_access').notNull().default(false),
    logonName: text('logon_name'),
    passwordHash: text('password_hash'),
    securityLevelId: uuid('security_level_id').references(() => securityLevels.id),
    language: text('language').notNull().default('en'),
    dateFormat: text('date_format').notNull().default('yyyy-MM-dd'),
    timeFormat: text('time_format').notNull().default('HH:mm'),
    numberFormat: text('number_format').notNull().default('1,234.56'),
    totpSecret: text('totp_secret'),
    totpConfiguredAt: timestamp('totp_configured_at', { withTimezone: true }),
    recoveryCodeHashes: jsonb('recovery_code_hashes').$type<string[]>(),
    sessionVersion: integer('session_version').notNull().default(0),
    /** dashboard keys in the contact's order; the first is the landing page */
    dashboards: text('dashboards')
      .array()
      .notNull()
      .default(sql`'{overview,tickets,projects}'`),
    emailPreferences: jsonb('email_preferences')
      .$type<EmailPreferences>()
      .notNull()
      .default({ notifications: true, ticketUpdates: true, projectUpdates: true }),
    /** set when the contact has a picture in contact_avatars; also busts the browser cache */
    avatarUpdatedAt: timestamp('avatar_updated_at', { withTimezone: true }),
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: createdAt(),
    /** what the Portal Access filter matches: company, e-mail, name and logon name */
    search: text('search').generatedAlwaysAs(
      sql`lower(company_name || ' ' || email || ' ' || first_name || ' ' || last_name || ' ' || coalesce(logon_name, ''))`,
    ),
  },
  (t) => [
    uniqueIndex('contacts_tenant_email_idx').on(t.tenantId, sql`lower(${t.email})`),
    uniqueIndex('contacts_tenant_logon_idx').on(t.tenantId, sql`lower(${t.logonName})`),
    index('contacts_tenant_company_idx').on(t.tenantId, t.companyId),
    index('contacts_tenant_name_idx').on(t.tenantId, t.lastName, t.firstName, t.id),
    index('contacts_tenant_search_idx').using('gin', t.tenantId, t.search.op('gin_trgm_ops')),
    index('contacts_portal_search_idx')
      .using('gin', t.tenantId, t.search.op('gin_trgm_ops'))
      .where(sql`${t.logonName} is not null`),
    index('contacts_portal_company_name_idx')
      .on(t.tenantId, t.companyName, t.email)
      .where(sql`${t.logonName} is not null`),
    index('contacts_portal_email_idx')
      .on(t.tenantId, t.email)
      .where(sql`${t.logonName} is not null`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha-256 of the random id held in the cookie (or in the staff JWT) */
    idHash: text('id_hash').primaryKey(),
    tenantId: tenantId(),
    kind: text('kind').$type<'staff' | 'client' | 'preview'>().notNull(),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
    sessionVersion: integer('session_version').notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_tenant_user_idx').on(t.tenantId, t.userId), index('sessions_tenant_contact_idx').on(t.tenantId, t.contactId)],
);

export type TokenPurpose = 'invitation' | 'password_reset' | 'preview_handoff' | 'two_factor_pending' | 'staff_invitation';

export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    id: id(),
    tenantId: tenantId(),
    tokenHash: text('token_hash').notNull().unique(),
    purpose: text('purpose').$type<TokenPurpose>().notNull(),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('one_time_tokens_tenant_contact_idx').on(t.tenantId, t.contactId, t.purpose)],
);

export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id(),
    tenantId: uuid('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    template: text('template').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    /** outbox: kept only (no provider); queued: waiting for its next attempt; sent; failed: given up */
    status: text('status').$type<'outbox' | 'queued' | 'sent' | 'failed'>().notNull(),
    providerId: text('provider_id'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('email_outbox_tenant_created_idx').on(t.tenantId, t.createdAt),
    index('email_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'queued'`),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    tenantId: tenantId(),
    actorType: text('actor_type').$type<'staff' | 'client' | 'system'>().notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    ip: text('ip'),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_tenant_created_idx').on(t.tenantId, t.createdAt, t.id)],
);

/** Profile pictures, kept apart so contact rows stay small. Always stored as PNG, JPEG or GIF. */
export const contactAvatars = pgTable(
  'contact_avatars',
  {
    contactId: uuid('contact_id')
      .primaryKey()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    tenantId: tenantId(),
    data: bytea('data').notNull(),
    contentType: text('content_type').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contact_avatars_tenant_contact_idx').on(t.tenantId, t.contactId)],
);

/** Failed sign-ins per account and per client address, kept in the database so limits hold across servers. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    tenantId: tenantId(),
    scope: text('scope').$type<'account' | 'address'>().notNull(),
    key: text('key').notNull(),
    failures: integer('failures').notNull().default(0),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.scope, t.key] })],
);

export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    tenantId: tenantId(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_tenant_contact_idx').on(t.tenantId, t.contactId, t.createdAt)],
);

const contactRef = (name: string) => uuid(name).references(() => contacts.id, { onDelete: 'set null' });
const userRef = (name: string) => text(name).references(() => users.id, { onDelete: 'set null' });
const shared = () => boolean('shared').notNull().default(false);

export type ProjectStatus = 'planned' | 'active' | 'on_hold' | 'completed';

export const projects = pgTable(
  'projects',
  {
    id: id(),
    tenantId: tenantId(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    status: text('status').$type<ProjectStatus>().notNull().default('active'),
    startDate: date('start_date'),
    dueDate: date('due_date'),
    estimatedHours: numeric('estimated_hours', { precision: 10, scale: 2, mode: 'number' }),
    charges: numeric('charges', { precision: 12, scale: 2, mode: 'number' }),
    leadUserId: userRef('lead_user_id'),
    createdAt: createdAt(),
  },
  (t) => [index('projects_tenant_company_idx').on(t.tenantId, t.companyId), index('projects_tenant_name_idx').on(t.tenantId, t.name, t.id)],
);

export const projectMembers = pgTable(
  'project_members',
  {
    tenantId: tenantId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.contactId] }), index('project_members_tenant_contact_idx').on(t.tenantId, t.contactId)],
);

export const milestones = pgTable(
  'milestones',
  {
    id: id(),
    tenantId: tenantId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    dueDate: date('due_date'),
    shared: shared(),
    createdAt: createdAt(),
  },
  (t) => [index('milestones_tenant_project_idx').on(t.tenantId, t.projectId)],
);

export const taskLists = pgTable(
  'task_lists',
  {
    id: id(),
    tenantId: tenantId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('task_lists_tenant_project_idx').on(t.tenantId, t.projectId)],
);

export type TaskStatus = 'open' | 'in_progress' | 'done';

export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    tenantId: tenantId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    taskListId: uuid('task_list_id')
      .notNull()
      .references(() => taskLists.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    status: text('status').$type<TaskStatus>().notNull().default('open'),
    dueDate: date('due_date'),
    assigneeContactId: contactRef('assignee_contact_id'),
    assigneeUserId: userRef('assignee_user_id'),
    shared: shared(),
    createdAt: createdAt(),
  },
  (t) => [index('tasks_tenant_project_idx').on(t.tenantId, t.projectId)],
);

/** Project updates, comments and notes in one table: `kind` tells them apart. */
export const projectPosts = pgTable(
  'project_posts',
  {
    id: id(),
    tenantId: tenantId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'update' | 'comment' | 'note'>().notNull(),
    title: text('title').notNull().default(''),
    body: text('body').notNull(),
    shared: shared(),
    authorUserId: userRef('author_user_id'),
    authorContactId: contactRef('author_contact_id'),
    createdAt: createdAt(),
  },
  (t) => [index('project_posts_tenant_project_idx').on(t.tenantId, t.projectId, t.createdAt)],
);

export const calendarItems = pgTable(
  'calendar_items',
  {
    id: id(),
    tenantId: tenantId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('calendar_items_tenant_project_idx').on(t.tenantId, t.projectId, t.startsAt)],
);

/** The request types a service request can be filed as (Request Type Preferences choose among them per company). */
export const REQUEST_TYPES = ['incident', 'service_request', 'question', 'change'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** A company's ticket queues (Portal Admin › Queues): a new service request is filed in one. */
export const ticketQueues = pgTable(
  'ticket_queues',
  {
    id: id(),
    tenantId: tenantId(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('ticket_queues_tenant_company_name_idx').on(t.tenantId, t.companyId, sql`lower(${t.name})`),
    uniqueIndex('ticket_queues_one_default_idx')
      .on(t.tenantId, t.companyId)
      .where(sql`${t.isDefault}`),
  ],
);

export type TicketStatus = 'new' | 'in_progress' | 'waiting' | 'resolved' | 'closed';
export type TicketPriority = 'low' | 'medium' | 'high' | 'critical';

export const tickets = pgTable(
  'tickets',
  {
    id: id(),
    tenantId: tenantId(),
    number: integer('number').notNull(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    status: text('status').$type<TicketStatus>().notNull().default('new'),
    priority: text('priority').$type<TicketPriority>().notNull().default('medium'),
    ticketContactId: contactRef('ticket_contact_id'),
    createdByContactId: contactRef('created_by_contact_id'),
    createdByUserId: userRef('created_by_user_id'),
    queueId: uuid('queue_id').references(() => ticketQueues.id, { onDelete: 'set null' }),
    requestType: text('request_type').$type<RequestType>(),
    /** the service request was created during the client's Scheduled Off Hours */
    createdOffHours: boolean('created_off_hours').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('tickets_tenant_queue_idx').on(t.tenantId, t.queueId),
    uniqueIndex('tickets_tenant_number_idx').on(t.tenantId, t.number),
    index('tickets_tenant_company_idx').on(t.tenantId, t.companyId),
    index('tickets_tenant_company_number_idx').on(t.tenantId, t.companyId, t.number),
  ],
);

export type TicketRole = 'approver' | 'assigned' | 'member';

export const ticketPeople = pgTable(
  'ticket_people',
  {
    tenantId: tenantId(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    role: text('role').$type<TicketRole>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.contactId, t.role] }), index('ticket_people_tenant_contact_idx').on(t.tenantId, t.contactId)],
);

export const ticketNotes = pgTable(
  'ticket_notes',
  {
    id: id(),
    tenantId: tenantId(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    shared: shared(),
    authorUserId: userRef('author_user_id'),
    authorContactId: contactRef('author_contact_id'),
    createdAt: createdAt(),
  },
  (t) => [index('ticket_notes_tenant_ticket_idx').on(t.tenantId, t.ticketId, t.createdAt)],
);

/** Files of projects (documents) and tickets (attachments); the bytes live in document_blobs. */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    tenantId: tenantId(),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id').references(() => tickets.id, { onDelete: 'cascade' }),
    articleId: uuid('article_id').references((): AnyPgColumn => articles.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    shared: shared(),
    uploadedByUserId: userRef('uploaded_by_user_id'),
    uploadedByContactId: contactRef('uploaded_by_contact_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('documents_tenant_project_idx').on(t.tenantId, t.projectId),
    index('documents_tenant_ticket_idx').on(t.tenantId, t.ticketId),
    index('documents_tenant_article_idx').on(t.tenantId, t.articleId),
  ],
);

export const documentBlobs = pgTable('document_blobs', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => documents.id, { onDelete: 'cascade' }),
  tenantId: tenantId(),
  data: bytea('data').notNull(),
});

/** Portal Admin › Vendors: suppliers of the client company the provider may need to contact. */
export const vendors = pgTable(
  'vendors',
  {
    id: id(),
    tenantId: tenantId(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    supplies: text('supplies').notNull().default(''),
    accountNumber: text('account_number').notNull().default(''),
    supportPhone: text('support_phone').notNull().default(''),
    supportEmail: text('support_email').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('vendors_tenant_company_idx').on(t.tenantId, t.companyId, t.name)],
);

/** Portal Admin › Out of Office Settings: a contact away from–to (dates, inclusive), with a delegate. */
export const outOfOffice = pgTable(
  'out_of_office',
  {
    contactId: uuid('contact_id')
      .primaryKey()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    tenantId: tenantId(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    delegateContactId: uuid('delegate_contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('out_of_office_tenant_contact_idx').on(t.tenantId, t.contactId),
    index('out_of_office_tenant_delegate_idx').on(t.tenantId, t.delegateContactId),
  ],
);

/** One weekday's opening hours ("HH:mm"); a day without hours is closed all day. */
export type OpeningHours = { day: 0 | 1 | 2 | 3 | 4 | 5 | 6; opens: string; closes: string };

/** Portal Admin › Scheduled Off Hours: when the company is open (outside that it is off hours), in its time zone. */
export const offHoursSchedules = pgTable('off_hours_schedules', {
  companyId: uuid('company_id')
    .primaryKey()
    .references(() => companies.id, { onDelete: 'cascade' }),
  tenantId: tenantId(),
  timeZone: text('time_zone').notNull(),
  openingHours: jsonb('opening_hours').$type<OpeningHours[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Dated closures (holidays) of a company: off hours all day. */
export const offHoursClosures = pgTable(
  'off_hours_closures',
  {
    id: id(),
    tenantId: tenantId(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('off_hours_closures_tenant_company_date_idx').on(t.tenantId, t.companyId, t.date)],
);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const ARTICLE_STATUSES = ['draft', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
/** Public: every client of a company with the knowledge base on; companies: only those listed in article_companies. */
export const ARTICLE_VISIBILITIES = ['public', 'companies'] as const;
export type ArticleVisibility = (typeof ARTICLE_VISIBILITIES)[number];
export const ARTICLE_LANGUAGES = ['en', 'fr'] as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

/** The text-search configuration of an article's language (SQL, immutable: used by the generated column). */
export const articleDictionary = (language: AnyPgColumn | string) =>
  sql`(case ${language} when 'fr' then 'french'::regconfig else 'english'::regconfig end)`;

/** Knowledge base articles (Markdown body). `search` weighs title above tags and category above body. */
export const articles = pgTable(
  'articles',
  {
    id: id(),
    tenantId: tenantId(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    category: text('category').notNull().default(''),
    /** comma-separated, as typed */
    tags: text('tags').notNull().default(''),
    status: text('status').$type<ArticleStatus>().notNull().default('draft'),
    visibility: text('visibility').$type<ArticleVisibility>().notNull().default('public'),
    language: text('language').$type<ArticleLanguage>().notNull().default('en'),
    authorUserId: userRef('author_user_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector(case language when 'fr' then 'french'::regconfig else 'english'::regconfig end, title), 'A') || setweight(to_tsvector(case language when 'fr' then 'french'::regconfig else 'english'::regconfig end, tags || ' ' || category), 'B') || setweight(to_tsvector(case language when 'fr' then 'french'::regconfig else 'english'::regconfig end, body), 'C')`,
      ),
  },
  (t) => [
    index('articles_tenant_search_idx').using('gin', t.tenantId, t.search),
    index('articles_tenant_status_updated_idx').on(t.tenantId, t.status, t.updatedAt),
  ],
);

/** The companies an article of visibility "companies" is for. */
export const articleCompanies = pgTable(
  'article_companies',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    tenantId: tenantId(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.companyId] }), index('article_companies_tenant_company_idx').on(t.tenantId, t.companyId)],
);

/** "Was this helpful?": one answer per portal user and article, which they may change. */
export const articleFeedback = pgTable(
  'article_feedback',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    tenantId: tenantId(),
    helpful: boolean('helpful').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.contactId] }), index('article_feedback_tenant_article_idx').on(t.tenantId, t.articleId)],
);

export const DOCUMENTATION_KINDS = ['credential', 'warranty', 'license'] as const;
export type DocumentationKind = (typeof DOCUMENTATION_KINDS)[number];
/** The built-in levels, lowest first: a record shared on the portal names the lowest that may see it. */
export const MINIMUM_LEVELS = ['basic', 'advanced', 'manager'] as const;
export type MinimumLevel = (typeof MINIMUM_LEVELS)[number];

/**
 * Documentation on file for a company: credentials, warranties and software licenses. `name` is the credential's
 * name, the warranty's asset or the license's product; `secret` (a credential's password or a license key) is
 * sealed with the tenant's data key (lib/documentation/crypto.ts) and never leaves the server but through Reveal.
 */
export const documentationRecords = pgTable(
  'documentation_records',
  {
    id: id(),
    tenantId: tenantId(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<DocumentationKind>().notNull(),
    name: text('name').notNull(),
    system: text('system').notNull().default(''),
    username: text('username').notNull().default(''),
    secret: text('secret'),
    serialNumber: text('serial_number').notNull().default(''),
    vendor: text('vendor').notNull().default(''),
    seats: integer('seats'),
    assignedTo: text('assigned_to').notNull().default(''),
    startsOn: date('starts_on'),
    /** a warranty's end or a license's expiry */
    endsOn: date('ends_on'),
    notes: text('notes').notNull().default(''),
    showOnPortal: boolean('show_on_portal').notNull().default(false),
    minimumLevel: text('minimum_level').$type<MinimumLevel>().notNull().default('basic'),
    updatedByUserId: userRef('updated_by_user_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    index('documentation_tenant_company_kind_idx').on(t.tenantId, t.companyId, t.kind, t.name),
    index('documentation_tenant_ends_idx').on(t.tenantId, t.endsOn),
  ],
);

/** Each tenant's data key for documentation secrets, wrapped (AES-256-GCM) by the master key DOCUMENTATION_KEY. */
export const tenantDataKeys = pgTable('tenant_data_keys', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  wrappedKey: text('wrapped_key').notNull(),
  /** which master key wrapped it (a fingerprint, never the key) */
  masterKeyId: text('master_key_id').notNull(),
  createdAt: createdAt(),
  rotatedAt: timestamp('rotated_at', { withTimezone: true }),
});

/** The weekly digest of expiring warranties and licenses: one per tenant and week, however often the job runs. */
export const documentationDigests = pgTable(
  'documentation_digests',
  {
    tenantId: tenantId(),
    weekOf: date('week_of').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.weekOf] })],
);

/** Money as exact decimals: drizzle hands numeric columns over as strings, and lib/money.ts computes with them. */
const money = (name: string) => numeric(name, { precision: 14, scale: 2 });
const hours = (name: string) => numeric(name, { precision: 10, scale: 2 });

/** Draft, Sent, Paid, Void are stored; Overdue is a sent invoice past its due date (lib/invoices). */
export const INVOICE_STATUSES = ['draft', 'sent', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const invoices = pgTable(
  'invoices',
  {
    id: id(),
    tenantId: tenantId(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    /** per tenant, from tenants.last_invoice_number */
    number: integer('number').notNull(),
    issueDate: date('issue_date').notNull(),
    dueDate: date('due_date').notNull(),
    /** ISO 4217 */
    currency: text('currency').notNull().default('USD'),
    status: text('status').$type<InvoiceStatus>().notNull().default('draft'),
    /** https only: the provider's payment page */
    paymentLink: text('payment_link'),
    notes: text('notes').notNull().default(''),
    subtotal: money('subtotal').notNull().default('0'),
    taxTotal: money('tax_total').notNull().default('0'),
    total: money('total').notNull().default('0'),
    /** a credit note issued when a sent invoice is voided points at it (its amounts are negative) */
    creditNoteOfId: uuid('credit_note_of_id').references((): AnyPgColumn => invoices.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    paidOn: date('paid_on'),
    paymentReference: text('payment_reference'),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('invoices_tenant_number_idx').on(t.tenantId, t.number),
    index('invoices_tenant_company_status_idx').on(t.tenantId, t.companyId, t.status, t.issueDate),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    id: id(),
    tenantId: tenantId(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    quantity: numeric('quantity', { precision: 12, scale: 3 }).notNull(),
    unitPrice: money('unit_price').notNull(),
    /** percent, e.g. 8.875 */
    taxRate: numeric('tax_rate', { precision: 6, scale: 3 }).notNull().default('0'),
    /** quantity × unit price, rounded to cents (tax is added per invoice from these) */
    amount: money('amount').notNull(),
  },
  (t) => [index('invoice_lines_tenant_invoice_idx').on(t.tenantId, t.invoiceId, t.position)],
);

/** Block hours: hours a company bought in advance, used by time entries. */
export const hourBlocks = pgTable(
  'hour_blocks',
  {
    id: id(),
    tenantId: tenantId(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    purchasedOn: date('purchased_on').notNull(),
    hours: hours('hours').notNull(),
    price: money('price').notNull().default('0'),
    currency: text('currency').notNull().default('USD'),
    expiresOn: date('expires_on'),
    notes: text('notes').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('hour_blocks_tenant_company_idx').on(t.tenantId, t.companyId, t.purchasedOn)],
);

/** Retainers: a monthly allowance of hours (or money) from a start date; unused hours roll over when set. */
export const retainers = pgTable(
  'retainers',
  {
    id: id(),
    tenantId: tenantId(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    monthlyHours: hours('monthly_hours'),
    monthlyAmount: money('monthly_amount'),
    /** a money retainer's price of an hour: usage = billable hours × rate */
    hourlyRate: money('hourly_rate'),
    currency: text('currency').notNull().default('USD'),
    rollover: boolean('rollover').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('retainers_tenant_company_idx').on(t.tenantId, t.companyId)],
);

/** Time logged for a company, drawn from a block of hours or a retainer (or neither). */
export const timeEntries = pgTable(
  'time_entries',
  {
    id: id(),
    tenantId: tenantId(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    blockId: uuid('block_id').references(() => hourBlocks.id, { onDelete: 'set null' }),
    retainerId: uuid('retainer_id').references(() => retainers.id, { onDelete: 'set null' }),
    workedOn: date('worked_on').notNull(),
    hours: hours('hours').notNull(),
    /** who did the work: a staff member, or a name from an imported PSA export */
    userId: userRef('user_id'),
    workerName: text('worker_name').notNull().default(''),
    ticketId: uuid('ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    description: text('description').notNull().default(''),
    billable: boolean('billable').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index('time_entries_tenant_company_date_idx').on(t.tenantId, t.companyId, t.workedOn),
    index('time_entries_tenant_block_idx').on(t.tenantId, t.blockId),
    index('time_entries_tenant_retainer_idx').on(t.tenantId, t.retainerId),
  ],
);

/** Files sent with an e-mail (an invoice's PDF), kept with its outbox record. */
export const emailAttachments = pgTable(
  'email_attachments',
  {
    id: id(),
    emailId: uuid('email_id')
      .notNull()
      .references(() => emailOutbox.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [index('email_attachments_email_idx').on(t.emailId)],
);

export type Tenant = typeof tenants.$inferSelect;
export type NewTenant = typeof tenants.$inferInsert;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Company = typeof companies.$inferSelect;
export type NewCompany = typeof companies.$inferInsert;
export type Contact = typeof contacts.$inferSelect;
export type NewContact = typeof contacts.$inferInsert;
export type SecurityLevel = typeof securityLevels.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type OneTimeToken = typeof oneTimeTokens.$inferSelect;
export type OutboxEmail = typeof emailOutbox.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type Milestone = typeof milestones.$inferSelect;
export type Task = typeof tasks.$inferSelect;
export type TaskList = typeof taskLists.$inferSelect;
export type ProjectPost = typeof projectPosts.$inferSelect;
export type Ticket = typeof tickets.$inferSelect;
export type TicketNote = typeof ticketNotes.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
export type TicketQueue = typeof ticketQueues.$inferSelect;
export type Vendor = typeof vendors.$inferSelect;
export type OutOfOffice = typeof outOfOffice.$inferSelect;
export type OffHoursSchedule = typeof offHoursSchedules.$inferSelect;
export type OffHoursClosure = typeof offHoursClosures.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type DocumentationRecord = typeof documentationRecords.$inferSelect;
export type Invoice = typeof invoices.$inferSelect;
export type InvoiceLine = typeof invoiceLines.$inferSelect;
export type HourBlock = typeof hourBlocks.$inferSelect;
export type Retainer = typeof retainers.$inferSelect;
export type TimeEntry = typeof timeEntries.$inferSelect;
