-- Accreditation and deployment of observers, per election.
-- The training sessions of the training cascade; each observer's accreditation file with the
-- dated history of its steps; and the deployments (assignments of an observer to a place).

-- level: NATIONAL (trainers of trainers), REGIONAL or LOCAL, the three tiers of the cascade.
CREATE TABLE training_session (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    election_id  BIGINT       NOT NULL,
    level        VARCHAR(16)  NOT NULL,
    session_date DATE         NOT NULL,
    place        VARCHAR(200) NOT NULL,
    trainer      VARCHAR(200) NOT NULL,
    region_code  VARCHAR(16)  NULL,
    created_at   DATETIME(3)  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_training_session_election FOREIGN KEY (election_id) REFERENCES election (id),
    INDEX ix_training_session_election (election_id, session_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- step: CANDIDATE, TRAINED, CODE_SIGNED, REQUESTED, then ACCREDITED or REFUSED.
-- verification_code: random code printed in the badge's QR code, unrelated to the observer code.
CREATE TABLE accreditation (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    election_id         BIGINT       NOT NULL,
    observer_id         BIGINT       NOT NULL,
    step                VARCHAR(16)  NOT NULL,
    training_session_id BIGINT       NULL,
    trained_at          DATETIME(3)  NULL,
    code_signed_at      DATETIME(3)  NULL,
    requested_at        DATETIME(3)  NULL,
    decided_at          DATETIME(3)  NULL,
    badge_number        VARCHAR(40)  NULL,
    refusal_reason      VARCHAR(500) NULL,
    verification_code   CHAR(26)     NULL,
    updated_at          DATETIME(3)  NOT NULL,
    updated_by          VARCHAR(64)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_accreditation_observer UNIQUE (election_id, observer_id),
    CONSTRAINT uk_accreditation_badge UNIQUE (election_id, badge_number),
    CONSTRAINT uk_accreditation_verification UNIQUE (verification_code),
    CONSTRAINT fk_accreditation_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_accreditation_observer FOREIGN KEY (observer_id) REFERENCES observer (id),
    CONSTRAINT fk_accreditation_training FOREIGN KEY (training_session_id) REFERENCES training_session (id),
    INDEX ix_accreditation_step (election_id, step)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per step taken: the step reached, when, by whom and its details (session, badge, reason).
CREATE TABLE accreditation_step (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    accreditation_id BIGINT        NOT NULL,
    step             VARCHAR(16)   NOT NULL,
    occurred_at      DATETIME(3)   NOT NULL,
    actor            VARCHAR(64)   NOT NULL,
    details          VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_accreditation_step_accreditation FOREIGN KEY (accreditation_id) REFERENCES accreditation (id)
        ON DELETE CASCADE,
    INDEX ix_accreditation_step_accreditation (accreditation_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- place_kind: ADMIN_UNIT (OLT in a cercle or a Bamako commune, coordinators in a région),
-- POLLING_STATION, POLLING_CENTRE (roving OCT team) or RESERVE (reserve pool, no place).
-- end_reason: REPLACED, WITHDRAWN, REASSIGNED or LEFT_RESERVE. A row is active while ended_at is
-- null; the stored column "active" is 1 then and NULL afterwards, so the unique key allows one
-- active row per observer and election and any number of ended ones.
CREATE TABLE deployment (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    election_id            BIGINT       NOT NULL,
    observer_id            BIGINT       NOT NULL,
    place_kind             VARCHAR(16)  NOT NULL,
    admin_unit_id          BIGINT       NULL,
    polling_centre_id      BIGINT       NULL,
    polling_station_id     BIGINT       NULL,
    place_code             VARCHAR(40)  NULL,
    region_code            VARCHAR(16)  NULL,
    started_at             DATETIME(3)  NOT NULL,
    started_by             VARCHAR(64)  NOT NULL,
    ended_at               DATETIME(3)  NULL,
    ended_by               VARCHAR(64)  NULL,
    end_reason             VARCHAR(16)  NULL,
    end_note               VARCHAR(500) NULL,
    replaced_by_observer_id BIGINT      NULL,
    active                 TINYINT AS (IF(ended_at IS NULL, 1, NULL)) PERSISTENT,
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_deployment_active UNIQUE (election_id, observer_id, active),
    CONSTRAINT fk_deployment_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_deployment_observer FOREIGN KEY (observer_id) REFERENCES observer (id),
    CONSTRAINT fk_deployment_admin_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_deployment_centre FOREIGN KEY (polling_centre_id) REFERENCES polling_centre (id),
    CONSTRAINT fk_deployment_station FOREIGN KEY (polling_station_id) REFERENCES polling_station (id),
    CONSTRAINT fk_deployment_replaced_by FOREIGN KEY (replaced_by_observer_id) REFERENCES observer (id),
    CONSTRAINT ck_deployment_place CHECK (
        (place_kind = 'ADMIN_UNIT' AND admin_unit_id IS NOT NULL)
        OR (place_kind = 'POLLING_CENTRE' AND polling_centre_id IS NOT NULL)
        OR (place_kind = 'POLLING_STATION' AND polling_station_id IS NOT NULL)
        OR (place_kind = 'RESERVE')),
    INDEX ix_deployment_observer (observer_id, election_id, started_at),
    INDEX ix_deployment_station (polling_station_id, ended_at),
    INDEX ix_deployment_centre (polling_centre_id, ended_at),
    INDEX ix_deployment_region (election_id, region_code, place_kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
