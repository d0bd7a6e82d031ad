-- Built-in client security levels (SPEC section 3), shared by every tenant.
INSERT INTO "security_levels" ("tenant_id", "key", "name", "permissions", "client_assignable", "built_in", "rank") VALUES
  (NULL, 'basic', 'Basic', '{tickets.own,projects.member,tickets.create,projects.work,knowledge_base.view}', true, true, 10),
  (NULL, 'advanced', 'Advanced', '{tickets.own,projects.member,tickets.create,projects.work,knowledge_base.view,tickets.company,projects.company,tickets.view_priority,projects.charges,invoices.view}', true, true, 20),
  (NULL, 'manager', 'Manager', '{tickets.own,projects.member,tickets.create,projects.work,knowledge_base.view,tickets.company,projects.company,tickets.view_priority,tickets.set_priority,projects.charges,projects.estimated_hours,invoices.view,portal_admin.logins,portal_admin.settings}', true, true, 30);
