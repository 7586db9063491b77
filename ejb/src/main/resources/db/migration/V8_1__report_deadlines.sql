-- Follow-up of missing reports: a deadline per form and election, after which the observers
-- deployed to a station who sent nothing on that form make the EVA's call list, and the calls
-- the EVA makes to them.

-- due_at: the deadline as an instant (UTC, which is also Mali's time).
CREATE TABLE report_deadline (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    election_id BIGINT      NOT NULL,
    form_code   VARCHAR(4)  NOT NULL,
    due_at      DATETIME(3) NOT NULL,
    updated_at  DATETIME(3) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_report_deadline UNIQUE (election_id, form_code),
    CONSTRAINT fk_report_deadline_election FOREIGN KEY (election_id) REFERENCES election (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- outcome: REACHED, UNREACHABLE or NO_ANSWER; escalated: the EVA passed the case to the
-- observer's supervisor.
CREATE TABLE follow_up_call (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    election_id BIGINT       NOT NULL,
    observer_id BIGINT       NOT NULL,
    form_code   VARCHAR(4)   NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    note        VARCHAR(500) NULL,
    escalated   BOOLEAN      NOT NULL DEFAULT FALSE,
    called_at   DATETIME(3)  NOT NULL,
    called_by   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_call_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_follow_up_call_observer FOREIGN KEY (observer_id) REFERENCES observer (id),
    INDEX ix_follow_up_call_observer (election_id, form_code, observer_id, called_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
