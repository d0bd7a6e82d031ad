CREATE TABLE "article_companies" (
	"article_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	CONSTRAINT "article_companies_article_id_company_id_pk" PRIMARY KEY("article_id","company_id")
);
--> statement-breakpoint
CREATE TABLE "article_feedback" (
	"article_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"helpful" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_feedback_article_id_contact_id_pk" PRIMARY KEY("article_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"tags" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"author_user_id" text,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(case language when 'fr' then 'french'::regconfig else 'english'::regconfig end, title), 'A') || setweight(to_tsvector(case language when 'fr' then 'french'::regconfig else 'english'::regconfig end, tags || ' ' || category), 'B') || setweight(to_tsvector(case language when 'fr' then 'french'::regconfig else 'english'::regconfig end, body), 'C')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documentation_digests" (
	"tenant_id" uuid NOT NULL,
	"week_of" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documentation_digests_tenant_id_week_of_pk" PRIMARY KEY("tenant_id","week_of")
);
--> statement-breakpoint
CREATE TABLE "documentation_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"system" text DEFAULT '' NOT NULL,
	"username" text DEFAULT '' NOT NULL,
	"secret" text,
	"serial_number" text DEFAULT '' NOT NULL,
	"vendor" text DEFAULT '' NOT NULL,
	"seats" integer,
	"assigned_to" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"show_on_portal" boolean DEFAULT false NOT NULL,
	"minimum_level" text DEFAULT 'basic' NOT NULL,
	"updated_by_user_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenant_data_keys" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"wrapped_key" text NOT NULL,
	"master_key_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rotated_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "article_id" uuid;--> statement-breakpoint
ALTER TABLE "article_companies" ADD CONSTRAINT "article_companies_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_companies" ADD CONSTRAINT "article_companies_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_companies" ADD CONSTRAINT "article_companies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_feedback" ADD CONSTRAINT "article_feedback_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_feedback" ADD CONSTRAINT "article_feedback_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_feedback" ADD CONSTRAINT "article_feedback_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documentation_digests" ADD CONSTRAINT "documentation_digests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documentation_records" ADD CONSTRAINT "documentation_records_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documentation_records" ADD CONSTRAINT "documentation_records_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documentation_records" ADD CONSTRAINT "documentation_records_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_data_keys" ADD CONSTRAINT "tenant_data_keys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_companies_tenant_company_idx" ON "article_companies" USING btree ("tenant_id","company_id");--> statement-breakpoint
CREATE INDEX "article_feedback_tenant_article_idx" ON "article_feedback" USING btree ("tenant_id","article_id");--> statement-breakpoint
CREATE INDEX "articles_tenant_search_idx" ON "articles" USING gin ("tenant_id","search");--> statement-breakpoint
CREATE INDEX "articles_tenant_status_updated_idx" ON "articles" USING btree ("tenant_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "documentation_tenant_company_kind_idx" ON "documentation_records" USING btree ("tenant_id","company_id","kind","name");--> statement-breakpoint
CREATE INDEX "documentation_tenant_ends_idx" ON "documentation_records" USING btree ("tenant_id","ends_on");--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_tenant_article_idx" ON "documents" USING btree ("tenant_id","article_id");--> statement-breakpoint
-- Documentation on file (issue 11): every built-in level may view shared documentation; only Manager sees passwords.
UPDATE "security_levels" SET "permissions" = "permissions" || '{documentation.view}'::text[]
  WHERE "built_in" AND "tenant_id" IS NULL AND NOT ('documentation.view' = ANY("permissions"));
--> statement-breakpoint
UPDATE "security_levels" SET "permissions" = "permissions" || '{documentation.passwords}'::text[]
  WHERE "built_in" AND "tenant_id" IS NULL AND "key" = 'manager' AND NOT ('documentation.passwords' = ANY("permissions"));
--> statement-breakpoint
-- Staff who could edit portal users keep writing articles and documentation; revealing passwords goes to those who
-- may edit organization settings.
UPDATE "users" SET "permissions" = "permissions" || '{knowledge_base.edit,documentation.view,documentation.edit}'::text[]
  WHERE 'portal_users.edit' = ANY("permissions") AND NOT ('knowledge_base.edit' = ANY("permissions"));
--> statement-breakpoint
UPDATE "users" SET "permissions" = "permissions" || '{documentation.reveal}'::text[]
  WHERE 'organization_settings.edit' = ANY("permissions") AND NOT ('documentation.reveal' = ANY("permissions"));
--> statement-breakpoint
UPDATE "users" SET "permissions" = "permissions" || '{documentation.view}'::text[]
  WHERE 'documentation.reveal' = ANY("permissions") AND NOT ('documentation.view' = ANY("permissions"));
