DROP FUNCTION member_tallies;
