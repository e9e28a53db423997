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

-- For now the application runs its Flyway migrations itself with this login, so it
-- needs CREATE, and it owns the tables it creates. A later migration restricts the
-- access-log table to INSERT and SELECT for samsyn_app; that binds only once the
-- table belongs to samsyn_owner (an owner can grant itself anything back), i.e. once
-- migrations run as samsyn_owner. Then this grant goes.
GRANT CREATE ON SCHEMA public TO samsyn_app;

-- What samsyn_owner creates later is usable by the application without further grants.
ALTER DEFAULT PRIVILEGES FOR ROLE samsyn_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO samsyn_app;
ALTER DEFAULT PRIVILEGES FOR ROLE samsyn_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO samsyn_app;
