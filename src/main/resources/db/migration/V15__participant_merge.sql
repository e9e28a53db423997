-- Two participants found to be one person (a number registered twice, a mistyped one) are joined
-- by a deliberate act of an authority engaged with both. The duplicate stays as a marker pointing
-- at the participant it was joined to, so that its reference, its number and the access log's
-- entries about it still lead to the person; its records move to that participant and keep their
-- authorities.
ALTER TABLE participant ADD COLUMN merged_into BIGINT REFERENCES participant (id);
ALTER TABLE participant ADD COLUMN merged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE participant ADD COLUMN merged_by VARCHAR(255);
ALTER TABLE participant ADD COLUMN merged_by_agency VARCHAR(20);
ALTER TABLE participant ADD COLUMN merge_reason VARCHAR(1000);
