-- FY2566's yes/no survey questions (frameworks/fy2566.json, source): seed 004 prints the answer
-- before the score of I4-I6 and E4 ('ไม่มี - 99.08') and of E8, E10 and E13 ('มี - 84.16'). They
-- were stored as ratings. The answer type and the credited answer are labels: no score changes.
-- Only questions still stored as RATING change; the new version is announced with
-- FrameworkPublished at the next start, so reporting prints the answers.
WITH credited(code, answer) AS (
    VALUES ('I4', 'NO'), ('I5', 'NO'), ('I6', 'NO'), ('E4', 'NO'),
           ('E8', 'YES'), ('E10', 'YES'), ('E13', 'YES')
),
typed AS (
    SELECT f.fiscal_year,
           jsonb_set(f.definition, '{questions}', (
               SELECT jsonb_agg(
                          CASE WHEN c.answer IS NOT NULL AND q ->> 'answerType' = 'RATING'
                               THEN q || jsonb_build_object('answerType', 'YES_NO', 'creditedAnswer', c.answer)
                               ELSE q
                          END ORDER BY e.n)
               FROM jsonb_array_elements(f.definition -> 'questions') WITH ORDINALITY AS e(q, n)
               LEFT JOIN credited c ON c.code = e.q ->> 'code')) AS definition
    FROM framework f
    WHERE f.fiscal_year = 2566
)
UPDATE framework f
SET definition = t.definition,
    version = f.version + 1,
    updated_at = now(),
    updated_by = 'platform'
FROM typed t
WHERE f.fiscal_year = t.fiscal_year
  AND f.definition IS DISTINCT FROM t.definition;
