DROP TABLE member_requests;
DROP INDEX people_email_key;
DROP INDEX people_phone_key;
ALTER TABLE people DROP COLUMN contact_held;
CREATE UNIQUE INDEX people_email_key ON people (organisation_id, email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX people_phone_key ON people (organisation_id, phone) WHERE phone IS NOT NULL;
