-- FY2567 and FY2568 OIT sub-groups named for the items they hold (frameworks/fy2567.json, source):
-- 9.4 holds the HR plan and report and the ethics items o20 and o21; 10.2 holds the corruption
-- prevention plan and its report (o32, o33) as well as the integrity measures and their report.
-- Names only: every sub-group keeps its questions, so every score stays as it is. A framework whose
-- sub-group was renamed or regrouped through the API is left alone. The new version is announced
-- with FrameworkPublished at the next start (announced_version differs from version), so measures
-- and reporting receive the names.
WITH renamed AS (
    SELECT f.fiscal_year,
           jsonb_set(f.definition, '{indicators}', (
               SELECT jsonb_agg(
                          CASE WHEN jsonb_typeof(ind -> 'subGroups') = 'array' THEN
                              jsonb_set(ind, '{subGroups}', (
                                  SELECT coalesce(jsonb_agg(
                                      CASE
                                          WHEN sg ->> 'code' = '9.4'
                                               AND sg ->> 'nameTh' = 'การบริหารและพัฒนาทรัพยากรบุคคล'
                                               AND sg -> 'questions' = cast('["o18", "o19", "o20", "o21"]' as jsonb)
                                          THEN sg || jsonb_build_object(
                                              'nameTh', 'การบริหารและพัฒนาทรัพยากรบุคคลและการขับเคลื่อนจริยธรรม',
                                              'nameEn', 'Human resource management and development, and ethics')
                                          WHEN sg ->> 'code' = '10.2'
                                               AND sg ->> 'nameTh' = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส'
                                               AND sg -> 'questions' = cast('["o32", "o33", "o34", "o35"]' as jsonb)
                                          THEN sg || jsonb_build_object(
                                              'nameTh', 'แผนป้องกันการทุจริตและมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
                                              'nameEn', 'Corruption prevention plan and integrity and transparency measures')
                                          ELSE sg
                                      END ORDER BY g.n), cast('[]' as jsonb))
                                  FROM jsonb_array_elements(ind -> 'subGroups') WITH ORDINALITY AS g(sg, n)))
                          ELSE ind
                          END ORDER BY i.n)
               FROM jsonb_array_elements(f.definition -> 'indicators') WITH ORDINALITY AS i(ind, n))) AS definition
    FROM framework f
    WHERE f.fiscal_year IN (2567, 2568)
)
UPDATE framework f
SET definition = r.definition,
    version = f.version + 1,
    updated_at = now(),
    updated_by = 'platform'
FROM renamed r
WHERE f.fiscal_year = r.fiscal_year
  AND f.definition IS DISTINCT FROM r.definition;
