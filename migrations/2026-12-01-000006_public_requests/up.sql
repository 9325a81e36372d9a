-- The public forms (sign-up, self-service links) store what they were sent with one statement
-- and answer; the background worker on any replica does the rest. The answer then costs the
-- same whether or not the person is known, and a campaign spike only lengthens the queue.
CREATE TABLE public_requests (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    -- The client's Idempotency-Key: a retry with the same key and body is a no-op for a day.
    idempotency_key text,
    request_hash bytea NOT NULL,
    -- What the form asked for, checked and normalised; emptied once handled, so the row keeps
    -- only what idempotency needs.
    request jsonb,
    received_at timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    handled_at timestamptz,
    CONSTRAINT public_requests_waiting_or_handled CHECK ((request IS NULL) = (handled_at IS NOT NULL))
);
CREATE UNIQUE INDEX public_requests_idempotency_key ON public_requests (organisation_id, idempotency_key);
CREATE INDEX public_requests_due_idx ON public_requests (next_attempt_at) WHERE handled_at IS NULL;
CREATE INDEX public_requests_handled_idx ON public_requests (handled_at) WHERE handled_at IS NOT NULL;

-- Idempotency now lives with the request, not with the sign-up it leads to.
DROP INDEX signups_idempotency_key;
ALTER TABLE signups DROP COLUMN idempotency_key, DROP COLUMN request_hash;
