-- The indicator scores that stand for each revision, kept for national benchmarks so that they
-- are one SQL aggregate, not a re-scoring of every agency. Filled when a result is saved.
ALTER TABLE assessment_result ADD COLUMN indicator_scores jsonb;
CREATE INDEX assessment_result_published_final ON assessment_result (fiscal_year, agency_code, revision)
    WHERE status = 'PUBLISHED' AND round = 'FINAL';
