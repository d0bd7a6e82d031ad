CREATE TABLE "off_hours_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"date" date NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "off_hours_schedules" (
	"company_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"time_zone" text NOT NULL,
	"opening_hours" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "out_of_office" (
	"contact_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"delegate_contact_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_queues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"supplies" text DEFAULT '' NOT NULL,
	"account_number" text DEFAULT '' NOT NULL,
	"support_phone" text DEFAULT '' NOT NULL,
	"support_email" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "request_types" text[];--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "default_request_type" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "queue_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "request_type" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "created_off_hours" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "off_hours_closures" ADD CONSTRAINT "off_hours_closures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "off_hours_closures" ADD CONSTRAINT "off_hours_closures_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "off_hours_schedules" ADD CONSTRAINT "off_hours_schedules_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "off_hours_schedules" ADD CONSTRAINT "off_hours_schedules_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "out_of_office" ADD CONSTRAINT "out_of_office_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "out_of_office" ADD CONSTRAINT "out_of_office_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "out_of_office" ADD CONSTRAINT "out_of_office_delegate_contact_id_contacts_id_fk" FOREIGN KEY ("delegate_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_queues" ADD CONSTRAINT "ticket_queues_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_queues" ADD CONSTRAINT "ticket_queues_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "off_hours_closures_tenant_company_date_idx" ON "off_hours_closures" USING btree ("tenant_id","company_id","date");--> statement-breakpoint
CREATE INDEX "out_of_office_tenant_contact_idx" ON "out_of_office" USING btree ("tenant_id","contact_id");--> statement-breakpoint
CREATE INDEX "out_of_office_tenant_delegate_idx" ON "out_of_office" USING btree ("tenant_id","delegate_contact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_queues_tenant_company_name_idx" ON "ticket_queues" USING btree ("tenant_id","company_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_queues_one_default_idx" ON "ticket_queues" USING btree ("tenant_id","company_id") WHERE "ticket_queues"."is_default";--> statement-breakpoint
CREATE INDEX "vendors_tenant_company_idx" ON "vendors" USING btree ("tenant_id","company_id","name");--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_queue_id_ticket_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."ticket_queues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "security_levels_tenant_name_idx" ON "security_levels" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
CREATE INDEX "tickets_tenant_queue_idx" ON "tickets" USING btree ("tenant_id","queue_id");--> statement-breakpoint
-- "portal admin: queues, request-type preferences, vendors, out-of-office, scheduled off hours" become one permission each (a page per permission).
UPDATE "security_levels" SET "permissions" = array_remove("permissions", 'portal_admin.settings') || '{portal_admin.queues,portal_admin.request_types,portal_admin.vendors,portal_admin.out_of_office,portal_admin.off_hours}'::text[] WHERE 'portal_admin.settings' = ANY("permissions");
