-- B7: active members month by month over the history, in one pass over the periods: +1 in the
-- month an active period begins, -1 in the month it ends, and a running sum.
SELECT month, sum(sum(delta)) OVER (ORDER BY month) AS active FROM (SELECT date_trunc('month', valid_from) AS month, 1 AS delta FROM membership_periods WHERE organisation_id = '{org}' AND status = 'active' UNION ALL SELECT date_trunc('month', valid_to), -1 FROM membership_periods WHERE organisation_id = '{org}' AND status = 'active' AND valid_to IS NOT NULL) steps GROUP BY month ORDER BY month;
