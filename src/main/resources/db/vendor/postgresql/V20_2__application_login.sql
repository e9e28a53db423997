-- The application's login (${appUser}, from samsyn.db.user) is not the schema's owner: it may read
-- and write the features' tables, but only INSERT and SELECT the access log. Without ownership it
-- cannot ALTER, DISABLE TRIGGER or DROP TRIGGER either. When the application logs in as the owner
-- itself (no samsyn.db.migration-user), there is nobody to grant to: the triggers alone protect the
-- log, as on H2 the application alone does. The seal lock keeps UPDATE: SELECT ... FOR UPDATE
-- needs it.
DO $$
BEGIN
    IF '${appUser}' <> current_user THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', '${appUser}');
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', '${appUser}');
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON access_log_entry, access_log_seal, access_log_checkpoint FROM %I', '${appUser}');
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', '${appUser}');
        -- Tables of later migrations: the same rights; a later log table revokes as above.
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', '${appUser}');
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', '${appUser}');
    END IF;
END
$$;
