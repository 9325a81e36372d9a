DROP INDEX activities_logged_by_idx;
DROP TABLE account_people;
