-- The authority that wrote the record an entry is about, so that an authority's auditor also finds
-- every access by others to its records. Null where it is not known: entries written before this
-- column existed, and decisions about a participant as a whole rather than one authority's record.
-- Adding a nullable column rewrites no row, so PostgreSQL's append-only triggers are not involved.
ALTER TABLE access_log_entry ADD COLUMN record_agency VARCHAR(20);
CREATE INDEX access_log_record_agency ON access_log_entry (record_agency, occurred_at);
