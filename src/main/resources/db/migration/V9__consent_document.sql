-- The signed consent document: what it is on the consent, its bytes in a table of their own so
-- that listing consents never loads them.
ALTER TABLE consent ADD COLUMN document_file_name VARCHAR(255);
ALTER TABLE consent ADD COLUMN document_content_type VARCHAR(100);
ALTER TABLE consent ADD COLUMN document_size BIGINT;
ALTER TABLE consent ADD COLUMN document_attached_by VARCHAR(255);
ALTER TABLE consent ADD COLUMN document_attached_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE consent_document (
    consent_id BIGINT PRIMARY KEY REFERENCES consent (id),
    content    BYTEA NOT NULL
);
