-- Storage is SSD (or memory) everywhere we run: let the planner price random reads accordingly, so it
-- uses the trigram index for the Portal Access filter instead of reading the whole table.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'random_page_cost left unchanged (not the database owner)';
END
$$;
