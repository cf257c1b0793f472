-- Distribute Elderwork on Citus (docs/scaling.md). Run once as the owner, on the coordinator,
-- after the migrations, before the data grows:  psql "$DATABASE_URL" -f infra/citus/distribute.sql
-- Every table with lao_id is a tenant table, distributed by lao_id and co-located with resident;
-- every other table (org units, accounts, rates) is a reference table copied to every node.
-- Written over the catalogue rather than as a list, so tables added by later migrations follow.
CREATE EXTENSION IF NOT EXISTS citus;

DO $$
DECLARE
  t text;
  pending text[];
  progressed boolean;
BEGIN
  -- Reference tables first: tenant tables have foreign keys to them.
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'schema_migration'
      AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'lao_id' AND NOT a.attisdropped)
  LOOP
    PERFORM create_reference_table(t);
  END LOOP;

  PERFORM create_distributed_table('resident', 'lao_id', shard_count => 64);

  -- Then each tenant table once every tenant table it references is distributed.
  SELECT array_agg(c.relname::text) INTO pending
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'resident'
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'lao_id' AND NOT a.attisdropped);
  WHILE coalesce(array_length(pending, 1), 0) > 0 LOOP
    progressed := false;
    FOREACH t IN ARRAY pending LOOP
      IF NOT EXISTS (
        SELECT 1 FROM pg_constraint f
        WHERE f.contype = 'f' AND f.conrelid = t::regclass AND f.confrelid::regclass::text = ANY(pending) AND f.confrelid <> f.conrelid
      ) THEN
        PERFORM create_distributed_table(t, 'lao_id', colocate_with => 'resident');
        pending := array_remove(pending, t);
        progressed := true;
      END IF;
    END LOOP;
    IF NOT progressed THEN RAISE EXCEPTION 'circular foreign keys among %', pending; END IF;
  END LOOP;
END $$;

-- The LAO is set per transaction; workers need it too (docs/scaling.md, "Row-level security").
DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET citus.propagate_set_commands = %L', current_database(), 'local'); END $$;
