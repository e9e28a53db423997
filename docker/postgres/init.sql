-- Roles for database samsyn. The postgres image runs this once, as superuser,
-- connected to samsyn, when its data volume is empty. The passwords come from the
-- container's environment (docker/compose.yaml), never from this file.
\set ON_ERROR_STOP on
\getenv owner_password SAMSYN_OWNER_PASSWORD
\getenv app_password SAMSYN_APP_PASSWORD

-- Owns the schema. Nothing logs in with it at run time; migrations may, once they
-- run apart from the application.
CREATE ROLE samsyn_owner LOGIN PASSWORD :'owner_password';
-- The application's login.
CREATE ROLE samsyn_app LOGIN PASSWORD :'app_password';

REVOKE ALL ON DATABASE samsyn FROM PUBLIC;
GRANT CONNECT ON DATABASE samsyn TO samsyn_owner, samsyn_app;

ALTER SCHEMA public OWNER TO samsyn_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO samsyn_app;

-- The migrations log in as samsyn_owner (SAMSYN_DB_MIGRATION_USER) and grant samsyn_app what
-- it may do (db/vendor/postgresql/V20_2): no CREATE, and on the access log only INSERT and SELECT.

-- What samsyn_owner creates later is usable by the application without further grants.
ALTER DEFAULT PRIVILEGES FOR ROLE samsyn_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO samsyn_app;
ALTER DEFAULT PRIVILEGES FOR ROLE samsyn_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO samsyn_app;
