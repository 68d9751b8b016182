-- A ministry's coordinators: they get a weekly digest of the overdue milestones of the ministry's
-- agencies (the agencies as agency_directory groups them). One list row per ministry carries the
-- ETag of the whole list, as reminder_contact_list does for an agency.
CREATE TABLE ministry_contact_list (
    ministry_code varchar(32)  PRIMARY KEY,
    revision      bigint       NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(200) NOT NULL
);

CREATE TABLE ministry_contact (
    id                uuid         PRIMARY KEY,
    ministry_code     varchar(32)  NOT NULL REFERENCES ministry_contact_list (ministry_code),
    ordinal           int          NOT NULL,
    name              varchar(200) NOT NULL,
    email             varchar(254) NOT NULL,
    language          varchar(2)   NOT NULL CHECK (language IN ('th', 'en')),
    -- The proof a coordinator shows to unsubscribe from the link in every digest; never in the API.
    unsubscribe_token varchar(64)  NOT NULL UNIQUE,
    unsubscribed_at   timestamptz
);
CREATE UNIQUE INDEX ministry_contact_email_idx ON ministry_contact (ministry_code, lower(email));

-- Every digest the platform means to send, one row per ministry, ISO week (e.g. 2026-W49) and
-- coordinator: the primary key makes a second claim (another replica, a restart, the next run) a
-- no-op. Claimed PENDING, then SENT once the SMTP server took it; a failed send stays PENDING for
-- the next run. DROPPED: the coordinator left, or a newer week's digest replaces it.
CREATE TABLE digest_sent (
    ministry_code varchar(32)  NOT NULL,
    week          varchar(8)   NOT NULL,
    email         varchar(254) NOT NULL,
    status        varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'DROPPED')),
    claimed_at    timestamptz  NOT NULL,
    attempts      int          NOT NULL DEFAULT 0,
    last_error    varchar(500),
    sent_at       timestamptz,
    PRIMARY KEY (ministry_code, week, email)
);
CREATE INDEX digest_sent_pending_idx ON digest_sent (claimed_at) WHERE status = 'PENDING';
