-- Where the keyed chain starts is part of the log: nobody moves it.
CREATE TRIGGER access_log_keyed_seals_append_only BEFORE UPDATE OR DELETE ON access_log_keyed_seals
    FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
CREATE TRIGGER access_log_keyed_seals_no_truncate BEFORE TRUNCATE ON access_log_keyed_seals
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();
DO $$
BEGIN
    IF '${appUser}' <> current_user THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON access_log_keyed_seals FROM %I', '${appUser}');
    END IF;
END
$$;
