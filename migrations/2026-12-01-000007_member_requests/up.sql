-- Staff who register someone whose e-mail or phone already belongs to a record they cannot
-- see get the answer anyone new gets, so nobody learns who is a member elsewhere. The new
-- record holds its contact details back — they stay unique among the records that do not —
-- and the secretariat (org admins) is asked whether the two records are one person.
ALTER TABLE people ADD COLUMN contact_held boolean NOT NULL DEFAULT false;
DROP INDEX people_email_key;
DROP INDEX people_phone_key;
CREATE UNIQUE INDEX people_email_key ON people (organisation_id, email) WHERE email IS NOT NULL AND NOT contact_held;
CREATE UNIQUE INDEX people_phone_key ON people (organisation_id, phone) WHERE phone IS NOT NULL AND NOT contact_held;

CREATE TABLE member_requests (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    -- The record staff registered, with its contact held back.
    person_id uuid NOT NULL,
    -- The record that holds the same e-mail address or phone number.
    existing_person_id uuid NOT NULL,
    requested_by uuid REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    decision text CHECK (decision IN ('confirmed', 'declined')),
    decided_by uuid REFERENCES users (id),
    decided_at timestamptz,
    CONSTRAINT member_requests_person_same_org FOREIGN KEY (organisation_id, person_id)
        REFERENCES people (organisation_id, id),
    CONSTRAINT member_requests_existing_same_org FOREIGN KEY (organisation_id, existing_person_id)
        REFERENCES people (organisation_id, id),
    CONSTRAINT member_requests_decided CHECK ((decision IS NULL) = (decided_at IS NULL))
);
CREATE INDEX member_requests_open_idx ON member_requests (organisation_id, id) WHERE decision IS NULL;
CREATE INDEX member_requests_person_idx ON member_requests (person_id);
CREATE INDEX member_requests_existing_idx ON member_requests (existing_person_id);
