-- A name search matches any part of a name (LIKE '%word%'), which a b-tree cannot serve: without
-- these indexes every search reads every identity record. pg_trgm is a trusted extension (PostgreSQL
-- 13 and later), so the database's owner, who runs the migrations, may create it. H2 has no such
-- index and scans.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX participant_identity_first_name_trigram
    ON participant_identity USING gin (lower(first_name) gin_trgm_ops);
CREATE INDEX participant_identity_last_name_trigram
    ON participant_identity USING gin (lower(last_name) gin_trgm_ops);
