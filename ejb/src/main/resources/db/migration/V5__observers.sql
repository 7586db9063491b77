-- Observer registry: the coalition's partner organisations, the observers with their phone
-- numbers, and the history of changes made to each observer by imports and edits.

CREATE TABLE partner_organisation (
    id    BIGINT       NOT NULL AUTO_INCREMENT,
    code  VARCHAR(16)  NOT NULL,
    name  VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_partner_organisation_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The five organisations that make up the MODELE-Mali observation mission.
INSERT INTO partner_organisation (code, name) VALUES
    ('OBSERVATOIRE', 'Observatoire pour les élections et la bonne gouvernance au Mali'),
    ('AJCAD', 'Association des Jeunes pour la Citoyenneté Active'),
    ('DONIBLOG', 'Doniblog, la communauté des blogueurs du Mali'),
    ('DHQ', 'Droits de l''Homme au Quotidien (DHQ-Mali)'),
    ('TUWINDI', 'Tuwindi');

-- One row that hands out observer sequence numbers; an import locks it, so imports run one at a time.
CREATE TABLE observer_code_sequence (
    id         TINYINT NOT NULL,
    next_value INT     NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO observer_code_sequence (id, next_value) VALUES (1, 1);

-- category: NATIONAL_SUPERVISOR, REGIONAL_COORDINATOR, LONG_TERM or SHORT_TERM;
-- sex: F or M; status: CANDIDATE, ACTIVE or RETIRED. The commune is kept by P-code, which stays
-- the same across map versions, with the unit of the map version current at the last import.
CREATE TABLE observer (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            CHAR(6)      NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    first_name      VARCHAR(100) NOT NULL,
    search_key      VARCHAR(210) NOT NULL,
    sex             CHAR(1)      NOT NULL,
    birth_year      SMALLINT     NOT NULL,
    organisation_id BIGINT       NOT NULL,
    category        VARCHAR(24)  NOT NULL,
    commune_id      BIGINT       NOT NULL,
    commune_code    VARCHAR(16)  NOT NULL,
    region_code     VARCHAR(16)  NOT NULL,
    languages       VARCHAR(200) NOT NULL,
    disability      BOOLEAN      NOT NULL DEFAULT FALSE,
    national_id     VARCHAR(32)  NULL,
    status          VARCHAR(16)  NOT NULL,
    supervisor_id   BIGINT       NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_observer_code UNIQUE (code),
    CONSTRAINT uk_observer_national_id UNIQUE (national_id),
    CONSTRAINT fk_observer_organisation FOREIGN KEY (organisation_id) REFERENCES partner_organisation (id),
    CONSTRAINT fk_observer_commune FOREIGN KEY (commune_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_observer_supervisor FOREIGN KEY (supervisor_id) REFERENCES observer (id),
    CONSTRAINT ck_observer_birth_year CHECK (birth_year BETWEEN 1900 AND 2100),
    INDEX ix_observer_name (search_key),
    INDEX ix_observer_region (region_code, category),
    INDEX ix_observer_category (category, status),
    INDEX ix_observer_organisation (organisation_id),
    INDEX ix_observer_supervisor (supervisor_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- number: E.164, +223 followed by 8 digits.
CREATE TABLE observer_phone (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    observer_id BIGINT      NOT NULL,
    number      VARCHAR(16) NOT NULL,
    verified    BOOLEAN     NOT NULL DEFAULT FALSE,
    position    INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_observer_phone_number UNIQUE (number),
    CONSTRAINT fk_observer_phone_observer FOREIGN KEY (observer_id) REFERENCES observer (id) ON DELETE CASCADE,
    INDEX ix_observer_phone_observer (observer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE observer_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    observer_id BIGINT        NOT NULL,
    occurred_at DATETIME(3)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    source      VARCHAR(255)  NOT NULL,
    details     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_observer_change_observer FOREIGN KEY (observer_id) REFERENCES observer (id) ON DELETE CASCADE,
    INDEX ix_observer_change_observer (observer_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
