-- Lookups by e-mail address or phone number see records that hold them back too (a record
-- holding them comes first), which the partial unique indexes cannot serve.
CREATE INDEX people_email_idx ON people (organisation_id, email);
CREATE INDEX people_phone_idx ON people (organisation_id, phone);
