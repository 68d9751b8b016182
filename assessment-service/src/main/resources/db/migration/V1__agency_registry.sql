-- The agency registry: every assessed public body, its type and the ministry it belongs to.
CREATE TABLE agency (
    code              varchar(32)  PRIMARY KEY,
    name_th           varchar(300) NOT NULL,
    name_en           varchar(300),
    abbreviation_th   varchar(50),
    agency_type       varchar(40)  NOT NULL,
    ministry_code     varchar(32),
    ministry_name_th  varchar(300),
    ministry_name_en  varchar(300),
    parent_name_th    varchar(300),
    parent_name_en    varchar(300),
    version           bigint       NOT NULL,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(200) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(200) NOT NULL
);

-- Rankings compare agencies of one type and within one ministry.
CREATE INDEX agency_type_idx ON agency (agency_type);
CREATE INDEX agency_ministry_idx ON agency (ministry_code);
