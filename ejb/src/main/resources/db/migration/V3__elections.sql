-- Elections observed by the mission, their ballot options and their calendar of phases.
-- type: REFERENDUM, PRESIDENTIAL_ROUND_1, PRESIDENTIAL_ROUND_2, LEGISLATIVE, COMMUNAL;
-- status: PREPARATION, ONGOING, CLOSED.

CREATE TABLE election (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    name           VARCHAR(200) NOT NULL,
    election_type  VARCHAR(32)  NOT NULL,
    election_date  DATE         NOT NULL,
    map_version_id BIGINT       NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_election_name UNIQUE (name),
    CONSTRAINT fk_election_map_version FOREIGN KEY (map_version_id) REFERENCES map_version (id),
    INDEX ix_election_date (election_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ballot_option (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    election_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    label       VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_ballot_option_election (election_id, position),
    CONSTRAINT fk_ballot_option_election FOREIGN KEY (election_id) REFERENCES election (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE election_phase (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    election_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(200) NOT NULL,
    start_date  DATE         NOT NULL,
    end_date    DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_election_phase_election FOREIGN KEY (election_id) REFERENCES election (id) ON DELETE CASCADE,
    CONSTRAINT ck_election_phase_dates CHECK (end_date >= start_date),
    INDEX ix_election_phase_election (election_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
