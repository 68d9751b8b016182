-- Where an agency published its documents on its own website, for the OIT items that check it
-- (FY2567 on: o34 the measures, o35 the report on carrying them out; FY2566 and before: O42, O43).
-- One row per agency and fiscal year (the year the measures run in), versioned for If-Match; a
-- document not published yet has a null URL and date. The agency's own data, not a projection: a
-- rebuild of the read model leaves it alone.
CREATE TABLE report_disclosure (
    agency_code          text         NOT NULL,
    fiscal_year          integer      NOT NULL,
    measures_url         text,
    measures_on          date,
    progress_half_url    text,
    progress_half_on     date,
    progress_annual_url  text,
    progress_annual_on   date,
    version              bigint       NOT NULL DEFAULT 0,
    updated_at           timestamptz  NOT NULL,
    updated_by           text         NOT NULL,
    PRIMARY KEY (agency_code, fiscal_year),
    CHECK ((measures_url IS NULL) = (measures_on IS NULL)),
    CHECK ((progress_half_url IS NULL) = (progress_half_on IS NULL)),
    CHECK ((progress_annual_url IS NULL) = (progress_annual_on IS NULL))
);

-- The dashboard of agencies that have not disclosed reads a year at a time.
CREATE INDEX report_disclosure_year_idx ON report_disclosure (fiscal_year);
