-- The content version's bump as a function of its own, called by the statement triggers and by
-- the import (lib/db/postgres/import-writes.ts), which bumps once after its bulk writes so the
-- slot's row lock is held for its last statements only: the slot rule (txid % 64, once per
-- transaction, an upsert) stays in one place.

CREATE FUNCTION "content_version_bump_once"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('claimtrack.content_version_bumped', true) IS DISTINCT FROM 'on' THEN
        -- An upsert: a slot missing (a copy that skipped the table, a hand-made database)
        -- must never leave a write uncounted.
        INSERT INTO "ContentVersion" ("slot", "version") VALUES ((txid_current() % 64)::int, 1)
        ON CONFLICT ("slot") DO UPDATE SET "version" = "ContentVersion"."version" + 1;
        PERFORM set_config('claimtrack.content_version_bumped', 'on', true);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION "content_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "content_version_bump_once"();
    RETURN NULL;
END
$$;
