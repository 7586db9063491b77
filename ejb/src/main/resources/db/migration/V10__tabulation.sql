-- Tabulation: official results proclaimed by the authority, the review status of incidents and
-- the SMS alerts they triggered.

-- Results proclaimed by the election authority, entered by the EVA. scope: NATIONAL, or the
-- P-code of a région (ML01 to ML10) when the authority publishes results by région. Entering a
-- scope again replaces its row and its option rows.
CREATE TABLE official_result (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    election_id BIGINT      NOT NULL,
    scope       VARCHAR(16) NOT NULL,
    registered  BIGINT      NOT NULL,
    voters      BIGINT      NOT NULL,
    null_votes  BIGINT      NOT NULL,
    valid_votes BIGINT      NOT NULL,
    entered_at  DATETIME(3) NOT NULL,
    entered_by  VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_official_result_scope UNIQUE (election_id, scope),
    CONSTRAINT fk_official_result_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT ck_official_result_figures CHECK (registered >= 0 AND voters >= 0 AND null_votes >= 0
        AND valid_votes >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Votes per ballot option of an official result; position is the option's position on the
-- results form (0 for the first option).
CREATE TABLE official_result_option (
    official_result_id BIGINT NOT NULL,
    position           INT    NOT NULL,
    votes              BIGINT NOT NULL,
    PRIMARY KEY (official_result_id, position),
    CONSTRAINT fk_official_result_option_result FOREIGN KEY (official_result_id) REFERENCES official_result (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_official_result_option_votes CHECK (votes >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Review status of an incident submission on the situation room: NEW (no row yet means NEW),
-- VERIFIED, REJECTED or FORWARDED (transmitted to the authorities).
CREATE TABLE incident_review (
    submission_id BIGINT       NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    changed_at    DATETIME(3)  NOT NULL,
    changed_by    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (submission_id),
    CONSTRAINT fk_incident_review_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- SMS alerts queued for a critical incident, one row per incident and recipient, so that an
-- incident alerts each recipient once. role: REGIONAL_COORDINATOR or MISSION_CHIEF.
CREATE TABLE incident_alert (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    submission_id BIGINT      NOT NULL,
    role          VARCHAR(24) NOT NULL,
    recipient     VARCHAR(16) NOT NULL,
    queued_at     DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_incident_alert UNIQUE (submission_id, recipient),
    CONSTRAINT fk_incident_alert_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Incidents already handled by the alert scan, alerted or not (no critical category, no
-- recipient), so that the scan reads each incident once.
CREATE TABLE incident_alert_scan (
    submission_id BIGINT      NOT NULL,
    scanned_at    DATETIME(3) NOT NULL,
    alerts        INT         NOT NULL,
    PRIMARY KEY (submission_id),
    CONSTRAINT fk_incident_alert_scan_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The dashboard's data-version check reads the latest change of an election's submissions.
CREATE INDEX ix_submission_updated ON submission (election_id, updated_at);
