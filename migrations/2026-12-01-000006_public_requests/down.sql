ALTER TABLE signups ADD COLUMN idempotency_key text, ADD COLUMN request_hash bytea NOT NULL DEFAULT ''::bytea;
ALTER TABLE signups ALTER COLUMN request_hash DROP DEFAULT;
CREATE UNIQUE INDEX signups_idempotency_key ON signups (organisation_id, idempotency_key);
DROP TABLE public_requests;
