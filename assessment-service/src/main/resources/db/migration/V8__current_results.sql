-- Each agency's current published result per fiscal year and round: the figures of its latest
-- published revision that rankings, the national benchmark and the ranks on a result read, so that
-- they read one row per agency instead of picking the latest of every revision with DISTINCT ON.
-- Written in the publishing transaction (ResultService), by the API's publish and by imports
-- alike; a revision replaces the row only if it is newer.
-- published_score is the two-decimal score the result was published with, as the application
-- rounds it (platform-common Scores.display, half-up, from the full-precision score): agencies rank
-- and are averaged on it, so the queries round nothing themselves.
CREATE TABLE current_result (
    fiscal_year       integer      NOT NULL,
    round             varchar(10)  NOT NULL,
    agency_code       varchar(32)  NOT NULL,
    revision          integer      NOT NULL,
    result_id         uuid         NOT NULL,
    overall_score     numeric(9,4),
    published_score   numeric(5,2),
    level_code        varchar(40),
    indicator_scores  jsonb,
    published_at      timestamptz  NOT NULL,
    PRIMARY KEY (fiscal_year, round, agency_code)
);

-- The results published before this migration have only their stored score (four decimals), so
-- their published score is rounded here, in SQL, the one place it cannot be done by Scores:
-- PostgreSQL's round(numeric, 2) rounds half away from zero, which for scores (never negative) is
-- the half-up of Scores.display.
INSERT INTO current_result (fiscal_year, round, agency_code, revision, result_id, overall_score,
                            published_score, level_code, indicator_scores, published_at)
SELECT DISTINCT ON (fiscal_year, round, agency_code)
       fiscal_year, round, agency_code, revision, id, overall_score,
       round(overall_score, 2) AS published_score, level_code, indicator_scores, published_at
FROM assessment_result
WHERE status = 'PUBLISHED'
ORDER BY fiscal_year, round, agency_code, revision DESC;
