-- A service's own copy of the agency registry, kept up to date from ita.agencies events.
-- Services that need agency names or groupings read this, never assessment-service's tables.
CREATE TABLE agency_directory (
    code              varchar(32)  PRIMARY KEY,
    name_th           varchar(300) NOT NULL,
    name_en           varchar(300),
    abbreviation_th   varchar(50),
    agency_type       varchar(40)  NOT NULL,
    type_name_th      varchar(200),
    type_name_en      varchar(200),
    ministry_code     varchar(32),
    ministry_name_th  varchar(300),
    ministry_name_en  varchar(300),
    source_version    bigint       NOT NULL,
    updated_at        timestamptz  NOT NULL
);
CREATE INDEX agency_directory_ministry_idx ON agency_directory (ministry_code);
