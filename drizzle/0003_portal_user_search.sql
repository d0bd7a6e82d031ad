ALTER TABLE "contacts" ADD COLUMN "company_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "search" text GENERATED ALWAYS AS (lower(company_name || ' ' || email || ' ' || first_name || ' ' || last_name || ' ' || coalesce(logon_name, ''))) STORED;--> statement-breakpoint
CREATE INDEX "contacts_portal_search_idx" ON "contacts" USING gin ("tenant_id","search" gin_trgm_ops) WHERE "contacts"."logon_name" is not null;--> statement-breakpoint
CREATE INDEX "contacts_portal_company_name_idx" ON "contacts" USING btree ("tenant_id","company_name","email") WHERE "contacts"."logon_name" is not null;--> statement-breakpoint
CREATE INDEX "contacts_portal_email_idx" ON "contacts" USING btree ("tenant_id","email") WHERE "contacts"."logon_name" is not null;