-- Observation forms and submissions.
-- Each election stores its form set; observers' submissions are stored per form kind
-- (checklist: one record per observer and station, incident: one per message, results: the
-- figures of a station's result sheet, periodic report: the long-term observer's web report).
-- Every accepted change is a new version that names its channel, its author and the inbound
-- message it came from, and each current value points to the version that set it.

-- definition: the form set as the JSON file of the export (format "observation-form-set").
CREATE TABLE form_set (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    election_id BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    definition  MEDIUMTEXT   NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_form_set_election UNIQUE (election_id),
    CONSTRAINT fk_form_set_election FOREIGN KEY (election_id) REFERENCES election (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- intake_status: PENDING (stored, not parsed yet), STORED (answers stored), REJECTED (nothing
-- could be stored: unknown form or observer), NO_ELECTION (no election open), FAILED (the parse
-- step failed; a redelivery retries it). NULL for messages stored before the intake existed.
ALTER TABLE sms_inbound
    ADD COLUMN intake_status VARCHAR(16) NULL,
    ADD COLUMN observer_id   BIGINT      NULL,
    ADD CONSTRAINT fk_sms_inbound_observer FOREIGN KEY (observer_id) REFERENCES observer (id),
    ADD INDEX ix_sms_inbound_observer (observer_id, received_at),
    ADD INDEX ix_sms_inbound_sender_e164 (sender_e164, received_at);

-- form_kind: CHECKLIST, INCIDENT, RESULTS or PERIODIC_REPORT; status: ACTIVE or REJECTED (by the
-- EVA). record_key makes a checklist or results record unique per election, form, observer and
-- station ("election:form:observer:station"); it is NULL for incidents and reports, which get a
-- record per message. flags: space-separated names (UNVERIFIED_SENDER, ARITHMETIC_FAILED,
-- INCOMPLETE, TEXT_WITHOUT_AT, CONFLICT). counted: a results record that enters the tabulation.
-- confirmed_version: the version the EVA accepted as it is, despite its flags.
CREATE TABLE submission (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    election_id       BIGINT       NOT NULL,
    form_code         VARCHAR(4)   NOT NULL,
    form_kind         VARCHAR(16)  NOT NULL,
    observer_id       BIGINT       NOT NULL,
    observer_code     CHAR(6)      NOT NULL,
    station_code      VARCHAR(40)  NULL,
    record_key        VARCHAR(100) NULL,
    status            VARCHAR(16)  NOT NULL,
    flags             VARCHAR(200) NOT NULL DEFAULT '',
    counted           BOOLEAN      NOT NULL DEFAULT FALSE,
    comment           TEXT         NULL,
    current_version   INT          NOT NULL,
    confirmed_version INT          NULL,
    created_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_submission_record UNIQUE (record_key),
    CONSTRAINT fk_submission_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_submission_observer FOREIGN KEY (observer_id) REFERENCES observer (id),
    INDEX ix_submission_station (election_id, form_code, station_code),
    INDEX ix_submission_observer (observer_id, election_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- channel: SMS, WEB, API or EVA_CORRECTION; author: the observer code, or the user name of an
-- EVA correction. answers: the values this version set, as an observer types them ("A312 B48").
CREATE TABLE submission_version (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id BIGINT        NOT NULL,
    number        INT           NOT NULL,
    channel       VARCHAR(16)   NOT NULL,
    author        VARCHAR(64)   NOT NULL,
    inbound_id    BIGINT        NULL,
    created_at    DATETIME(3)   NOT NULL,
    answers       VARCHAR(2000) NOT NULL,
    comment       TEXT          NULL,
    reason        VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_submission_version UNIQUE (submission_id, number),
    CONSTRAINT fk_submission_version_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_submission_version_inbound FOREIGN KEY (inbound_id) REFERENCES sms_inbound (id),
    INDEX ix_submission_version_inbound (inbound_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Current value of each answered question, with the version that set it.
CREATE TABLE submission_field (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    submission_id BIGINT      NOT NULL,
    question_code VARCHAR(3)  NOT NULL,
    value         TEXT        NOT NULL,
    version_id    BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_submission_field UNIQUE (submission_id, question_code),
    CONSTRAINT fk_submission_field_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_submission_field_version FOREIGN KEY (version_id) REFERENCES submission_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files attached to a submission: the periodic report's attachments and result-sheet photos.
-- media_type is read from the bytes, not from the file name.
CREATE TABLE submission_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    submission_id BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    size_bytes    INT          NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       LONGBLOB     NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_submission_attachment_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    INDEX ix_submission_attachment_sha256 (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The EVA's verification queue. kind: ARITHMETIC, CONFLICT, UNVERIFIED_SENDER, OUT_OF_RANGE or
-- INCIDENT; status: OPEN, ACCEPTED, CORRECTED, REJECTED, or SUPERSEDED when a later message
-- settled it. A CONFLICT names both records and both values of one question.
CREATE TABLE verification_item (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    election_id         BIGINT       NOT NULL,
    kind                VARCHAR(24)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    submission_id       BIGINT       NOT NULL,
    other_submission_id BIGINT       NULL,
    inbound_id          BIGINT       NULL,
    station_code        VARCHAR(40)  NULL,
    question_code       VARCHAR(40)  NULL,
    value               VARCHAR(200) NULL,
    other_value         VARCHAR(200) NULL,
    created_at          DATETIME(3)  NOT NULL,
    decided_at          DATETIME(3)  NULL,
    decided_by          VARCHAR(64)  NULL,
    reason              VARCHAR(500) NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_verification_item_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_verification_item_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_verification_item_other FOREIGN KEY (other_submission_id) REFERENCES submission (id),
    CONSTRAINT fk_verification_item_inbound FOREIGN KEY (inbound_id) REFERENCES sms_inbound (id),
    INDEX ix_verification_item_queue (election_id, status, kind, created_at),
    INDEX ix_verification_item_submission (submission_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
