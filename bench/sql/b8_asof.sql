-- B8: the organisation's members by status on a past day, from the periods valid that day.
SELECT status, count(*) FROM membership_periods WHERE organisation_id = '{org}' AND valid_from <= '{past}' AND (valid_to IS NULL OR valid_to > '{past}') GROUP BY status;
