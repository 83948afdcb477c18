-- The count-agreement cross-check as a group-by over `wiclint claims --format jsonl` (docs/scale.md).
--   wiclint claims --format jsonl CORPUS > claims.jsonl && sqlite3 :memory: < bench/count_agreement.sql
-- Reads the JSON Lines into a table, keeps attendance counts of a known edition, and per group
-- (series, edition, unit, group) counts for each figure the other figures its interval is disjoint
-- from, by two sorted running counts (n log n, no pairwise join). A figure is reported when the
-- figures it is disjoint from outnumber those it agrees with; its output rows are findings in
-- wiclint's JSON shape.
CREATE TABLE raw(j TEXT);
.mode ascii
.separator "\037" "\n"
.import claims.jsonl raw
.mode list
CREATE TABLE c AS
SELECT rowid AS id, j->>'file' AS file, j->>'line' AS line, j->>'column' AS col, j->>'text' AS text,
       j->>'series' || '/' || (j->>'edition') || '/' || (j->>'unit') || '/' || (j->>'group') AS g,
       j->>'$.value.min' AS lo, coalesce(j->>'$.value.max', 1e300) AS hi
FROM raw WHERE j->>'kind' = 'count' AND j->>'subject' = 'attendance' AND j->>'edition' IS NOT NULL;
-- below: figures whose interval ends before this one starts (hi < lo, ties not counted);
-- not_above: figures that start no later than this one ends (lo <= hi).
CREATE TABLE below AS
SELECT id, cnt FROM (
  SELECT id, q, sum(1 - q) OVER (PARTITION BY g ORDER BY x, q DESC ROWS UNBOUNDED PRECEDING) AS cnt
  FROM (SELECT g, hi AS x, 0 AS q, NULL AS id FROM c UNION ALL SELECT g, lo, 1, id FROM c))
WHERE q = 1;
CREATE TABLE not_above AS
SELECT id, cnt FROM (
  SELECT id, q, sum(1 - q) OVER (PARTITION BY g ORDER BY x, q ASC ROWS UNBOUNDED PRECEDING) AS cnt
  FROM (SELECT g, lo AS x, 0 AS q, NULL AS id FROM c UNION ALL SELECT g, hi, 1, id FROM c))
WHERE q = 1;
CREATE TABLE standing AS
SELECT c.*, b.cnt + (n.size - a.cnt) AS disagree, n.size - 1 - (b.cnt + (n.size - a.cnt)) AS agree
FROM c JOIN below b USING (id) JOIN not_above a USING (id)
JOIN (SELECT g, count(*) AS size FROM c GROUP BY g) n USING (g);
SELECT json_object('rule', 'count-agreement', 'severity', 'error', 'file', file, 'line', line, 'column', col,
                   'message', '"' || text || '" cannot be squared with ' || disagree || ' other figures (' || agree || ' agree)')
FROM standing WHERE disagree > agree ORDER BY file, line, col;
