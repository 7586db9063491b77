-- Long-term observers' periodic reports and the weekly report of the citizen watch cell.
-- A periodic report is a submission of the election's PERIODIC_REPORT form (RAP), entered on the
-- web by a data manager or a regional coordinator on the observer's behalf. This table adds what
-- the submission does not carry: the period it covers, the région it is about and who filed it.
-- region_code: région of the observer's active deployment when filed, else of their home commune.
CREATE TABLE periodic_report (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    submission_id BIGINT      NOT NULL,
    election_id   BIGINT      NOT NULL,
    observer_id   BIGINT      NOT NULL,
    period_start  DATE        NOT NULL,
    period_end    DATE        NOT NULL,
    region_code   VARCHAR(16) NOT NULL,
    filed_at      DATETIME(3) NOT NULL,
    filed_by      VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_periodic_report_submission UNIQUE (submission_id),
    CONSTRAINT uk_periodic_report_period UNIQUE (election_id, observer_id, period_start, period_end),
    CONSTRAINT fk_periodic_report_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_periodic_report_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_periodic_report_observer FOREIGN KEY (observer_id) REFERENCES observer (id),
    CONSTRAINT ck_periodic_report_period CHECK (period_end >= period_start),
    INDEX ix_periodic_report_period (election_id, period_start, region_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Full text of each section in each version of a periodic report. submission_version.answers
-- keeps only the first 2,000 characters of a version, so the texts of earlier versions live here.
CREATE TABLE periodic_report_text (
    id            BIGINT     NOT NULL AUTO_INCREMENT,
    version_id    BIGINT     NOT NULL,
    question_code VARCHAR(3) NOT NULL,
    text          MEDIUMTEXT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_periodic_report_text UNIQUE (version_id, question_code),
    CONSTRAINT fk_periodic_report_text_version FOREIGN KEY (version_id) REFERENCES submission_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The analysts' notes of one period of the weekly report, one text per election and period.
CREATE TABLE weekly_note (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    election_id  BIGINT      NOT NULL,
    period_start DATE        NOT NULL,
    period_end   DATE        NOT NULL,
    text         MEDIUMTEXT  NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    updated_by   VARCHAR(64) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_weekly_note_period UNIQUE (election_id, period_start, period_end),
    CONSTRAINT fk_weekly_note_election FOREIGN KEY (election_id) REFERENCES election (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
