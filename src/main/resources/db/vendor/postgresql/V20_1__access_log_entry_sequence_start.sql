-- The sequence continues after the entries the identity column numbered.
SELECT setval('access_log_entry_seq', (SELECT COALESCE(MAX(id), 0) + 1 FROM access_log_entry), false);
