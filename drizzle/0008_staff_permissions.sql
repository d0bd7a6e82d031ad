-- Projects, tickets and staff management get their own permissions (issue 9). Until now every staff member could
-- edit projects and tickets; those who may edit portal users keep that, and whoever may edit organization
-- settings may manage staff, so no workspace is left without someone who can.
UPDATE "users" SET "permissions" = "permissions" || '{projects.edit,tickets.edit}'::text[]
  WHERE 'portal_users.edit' = ANY("permissions") AND NOT ('projects.edit' = ANY("permissions"));
--> statement-breakpoint
UPDATE "users" SET "permissions" = "permissions" || '{staff.manage}'::text[]
  WHERE 'organization_settings.edit' = ANY("permissions") AND NOT ('staff.manage' = ANY("permissions"));
