-- Trigram search for the Portal Access filter (substring match served by a GIN index whose first column is tenant_id).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gin;
