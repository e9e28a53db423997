-- Access-log ids come from a sequence instead of the identity column. H2 2.2 in MODE=LEGACY (which
-- EclipseLink's CALL IDENTITY() needs) hands the same identity value to two sessions inserting at
-- once, about one in a few hundred under eight concurrent writers; NEXT VALUE FOR a sequence does
-- not. The ids stay in the order they are taken (increment 1, no allocation in the application),
-- which the sealer relies on: an entry must not appear later below an id already sealed.
CREATE SEQUENCE access_log_entry_seq START WITH 1 INCREMENT BY 1;
ALTER TABLE access_log_entry ALTER COLUMN id DROP IDENTITY;
