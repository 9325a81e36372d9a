DROP INDEX people_email_idx;
DROP INDEX people_phone_idx;
