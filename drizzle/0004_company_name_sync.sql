-- contacts.company_name follows the company: set on insert and on a change of company, and on rename.
UPDATE "contacts" c SET "company_name" = co."name" FROM "companies" co WHERE co."id" = c."company_id";
--> statement-breakpoint
CREATE OR REPLACE FUNCTION contacts_set_company_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.company_name := (SELECT name FROM companies WHERE id = NEW.company_id);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER contacts_set_company_name BEFORE INSERT OR UPDATE OF company_id ON "contacts"
  FOR EACH ROW EXECUTE FUNCTION contacts_set_company_name();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION companies_rename_contacts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE contacts SET company_name = NEW.name WHERE tenant_id = NEW.tenant_id AND company_id = NEW.id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER companies_rename_contacts AFTER UPDATE OF name ON "companies"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION companies_rename_contacts();
