-- B9: the first 50 members of the organisation whose name or contact details match "kari".
SELECT p.id, p.given_name, p.family_name, p.email, p.phone FROM people p WHERE p.organisation_id = '{org}' AND p.erased_at IS NULL AND p.search LIKE '%kari%' ORDER BY p.family_name, p.given_name, p.id LIMIT 50;
