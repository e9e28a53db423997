-- The sequence continues after the entries the identity column numbered.
ALTER SEQUENCE access_log_entry_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM access_log_entry);
