DROP FUNCTION count_rate_limit_hits(text[], integer);
