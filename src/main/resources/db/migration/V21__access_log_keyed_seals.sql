-- From here on the seals are keyed (HMAC-SHA256 with samsyn.audit.signing-key). Checkpoints sealed
-- before have the unkeyed SHA-256 chain and cannot be sealed again (the log is append-only): they are
-- still verified, as evidence against someone who cannot write the tables. This one row says where
-- the keyed chain starts; the exported checkpoint file starts there too.
CREATE TABLE access_log_keyed_seals (
    first_checkpoint_id BIGINT NOT NULL
);
INSERT INTO access_log_keyed_seals (first_checkpoint_id)
    SELECT COALESCE(MAX(id), 0) + 1 FROM access_log_checkpoint;

-- Which checkpoint the scheduled export has appended last; nodes claim the row in turn.
CREATE TABLE access_log_checkpoint_export (
    id                 INTEGER PRIMARY KEY,
    last_checkpoint_id BIGINT NOT NULL
);
INSERT INTO access_log_checkpoint_export (id, last_checkpoint_id)
    SELECT 1, COALESCE(MAX(id), 0) FROM access_log_checkpoint;
