DROP INDEX "audit_log_tenant_created_idx";--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "last_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "retainers" ADD COLUMN "hourly_rate" numeric(14, 2);--> statement-breakpoint
CREATE INDEX "companies_tenant_name_search_idx" ON "companies" USING gin ("tenant_id",lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_tenant_name_idx" ON "contacts" USING btree ("tenant_id","last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "contacts_tenant_search_idx" ON "contacts" USING gin ("tenant_id","search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("next_attempt_at") WHERE "email_outbox"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "projects_tenant_name_idx" ON "projects" USING btree ("tenant_id","name","id");--> statement-breakpoint
CREATE INDEX "tickets_tenant_company_number_idx" ON "tickets" USING btree ("tenant_id","company_id","number");--> statement-breakpoint
CREATE INDEX "audit_log_tenant_created_idx" ON "audit_log" USING btree ("tenant_id","created_at","id");