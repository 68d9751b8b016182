-- Answers "have the year's published FINAL results changed?" from the index alone, so that
-- ranks can be kept between requests (BenchmarkService).
CREATE INDEX assessment_result_published_idx ON assessment_result (fiscal_year, round, status, published_at);
