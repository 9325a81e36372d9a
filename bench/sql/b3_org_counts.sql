-- B3: the organisation's members by status: a plain GROUP BY.
SELECT m.status, count(*) FROM memberships m WHERE m.organisation_id = '{org}' GROUP BY m.status;
