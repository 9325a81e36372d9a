-- B3: a county's active members with its subtree, by status: a plain GROUP BY.
SELECT m.status, count(*) FROM memberships m WHERE m.chapter_id IN (SELECT id FROM chapters WHERE ancestors @> ARRAY['{county}']::uuid[]) GROUP BY m.status;
