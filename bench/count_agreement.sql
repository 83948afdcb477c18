-- The count-agreement cross-check as a group-by over `wiclint claims --format jsonl` (docs/scale.md).
--   wiclint claims --format jsonl CORPUS > claims.jsonl && sqlite3 :memory: < bench/count_agreement.sql
-- Reads the JSON Lines into a table, keeps attendance counts of a known edition, and per group
-- (series, edition, unit, group) counts for each figure the other figures its interval is disjoint
-- from, by two sorted running counts (n log n, no pairwise join), then reports a figure as
-- count-agreement does (below); its output rows are findings in wiclint's JSON shape. Unlike
-- wiclint it compares figures of one article with each other too (docs/scale.md).
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
-- Tables keyed by id and g (INTEGER PRIMARY KEY, an index): the joins below are look-ups, never scans.
CREATE TABLE below (id INTEGER PRIMARY KEY, cnt INTEGER);
INSERT INTO below
SELECT id, cnt FROM (
  SELECT id, q, sum(1 - q) OVER (PARTITION BY g ORDER BY x, q DESC ROWS UNBOUNDED PRECEDING) AS cnt
  FROM (SELECT g, hi AS x, 0 AS q, NULL AS id FROM c UNION ALL SELECT g, lo, 1, id FROM c))
WHERE q = 1;
CREATE TABLE not_above (id INTEGER PRIMARY KEY, cnt INTEGER);
INSERT INTO not_above
SELECT id, cnt FROM (
  SELECT id, q, sum(1 - q) OVER (PARTITION BY g ORDER BY x, q ASC ROWS UNBOUNDED PRECEDING) AS cnt
  FROM (SELECT g, lo AS x, 0 AS q, NULL AS id FROM c UNION ALL SELECT g, hi, 1, id FROM c))
WHERE q = 1;
CREATE TABLE sizes (g TEXT PRIMARY KEY, size INTEGER);
INSERT INTO sizes SELECT g, count(*) FROM c GROUP BY g;
CREATE TABLE standing AS
SELECT c.*, b.cnt + (n.size - a.cnt) AS disagree, n.size - 1 - (b.cnt + (n.size - a.cnt)) AS agree
FROM c JOIN below b USING (id) JOIN not_above a USING (id) JOIN sizes n USING (g);
-- A figure's score: the figures it agrees with minus those it is disjoint from. As count-agreement
-- does, a figure is reported when a figure disjoint from it scores higher, or as high and from an
-- article published earlier: the best key (score, then earlier publication) on each side of it,
-- by running maxima in sorted order again.
CREATE TABLE published (file TEXT PRIMARY KEY, day INTEGER);
INSERT OR IGNORE INTO published
SELECT j->>'file', CAST(replace(j->>'value', '-', '') AS INTEGER) FROM raw WHERE j->>'kind' = 'published';
CREATE TABLE keyed (id INTEGER PRIMARY KEY, g TEXT, lo REAL, hi REAL, key INTEGER);
INSERT INTO keyed
SELECT s.id, s.g, s.lo, s.hi, (s.agree - s.disagree) * 100000000 + (99999999 - coalesce(p.day, 99999999))
FROM standing s LEFT JOIN published p USING (file);
CREATE TABLE best (id INTEGER PRIMARY KEY, key INTEGER);
INSERT INTO best
SELECT id, max(key) FROM (
  SELECT id, q, max(k) OVER (PARTITION BY g ORDER BY x, q DESC ROWS UNBOUNDED PRECEDING) AS key
  FROM (SELECT g, hi AS x, 0 AS q, key AS k, NULL AS id FROM keyed UNION ALL SELECT g, lo, 1, NULL, id FROM keyed)
  UNION ALL
  SELECT id, q, max(k) OVER (PARTITION BY g ORDER BY x DESC, q DESC ROWS UNBOUNDED PRECEDING)
  FROM (SELECT g, lo AS x, 0 AS q, key AS k, NULL AS id FROM keyed UNION ALL SELECT g, hi, 1, NULL, id FROM keyed))
WHERE q = 1 GROUP BY id;
SELECT json_object('rule', 'count-agreement', 'severity', 'error', 'file', file, 'line', line, 'column', col,
                   'message', '"' || text || '" cannot be squared with ' || disagree || ' other figures (' || agree || ' agree)')
FROM standing JOIN keyed k USING (id) JOIN best b USING (id)
WHERE b.key > k.key ORDER BY file, line, col;
