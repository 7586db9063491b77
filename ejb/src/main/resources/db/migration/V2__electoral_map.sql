-- Electoral map: versions of the administrative division, régions, cercles and communes,
-- polling centres and polling stations. An election refers to one map version, so a later
-- division (for example the 2023 territorial reform) is imported as a new version beside it.

CREATE TABLE map_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    label       VARCHAR(200) NOT NULL,
    source      VARCHAR(255) NOT NULL,
    valid_from  DATE         NULL,
    created_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE admin_unit (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    map_version_id BIGINT       NOT NULL,
    admin_level    TINYINT      NOT NULL,
    code           VARCHAR(16)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    search_key     VARCHAR(200) NOT NULL,
    parent_id      BIGINT       NULL,
    parent_code    VARCHAR(16)  NOT NULL,
    valid_from     DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_admin_unit_code UNIQUE (map_version_id, code),
    CONSTRAINT fk_admin_unit_version FOREIGN KEY (map_version_id) REFERENCES map_version (id),
    CONSTRAINT fk_admin_unit_parent FOREIGN KEY (parent_id) REFERENCES admin_unit (id),
    INDEX ix_admin_unit_level (map_version_id, admin_level),
    INDEX ix_admin_unit_search (map_version_id, search_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE polling_centre (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    map_version_id BIGINT       NOT NULL,
    commune_id     BIGINT       NOT NULL,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    search_key     VARCHAR(200) NOT NULL,
    generated      BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uk_polling_centre_code UNIQUE (map_version_id, code),
    CONSTRAINT fk_polling_centre_version FOREIGN KEY (map_version_id) REFERENCES map_version (id),
    CONSTRAINT fk_polling_centre_commune FOREIGN KEY (commune_id) REFERENCES admin_unit (id),
    INDEX ix_polling_centre_commune (commune_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- security_status: ACCESSIBLE, AT_RISK or INACCESSIBLE; area: URBAN, RURAL or UNSPECIFIED.
CREATE TABLE polling_station (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    map_version_id    BIGINT        NOT NULL,
    centre_id         BIGINT        NOT NULL,
    commune_id        BIGINT        NOT NULL,
    code              VARCHAR(40)   NOT NULL,
    registered_voters INT           NOT NULL,
    area              VARCHAR(16)   NOT NULL,
    latitude          DECIMAL(9, 6) NULL,
    longitude         DECIMAL(9, 6) NULL,
    security_status   VARCHAR(16)   NOT NULL DEFAULT 'ACCESSIBLE',
    retired           BOOLEAN       NOT NULL DEFAULT FALSE,
    generated         BOOLEAN       NOT NULL DEFAULT FALSE,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_polling_station_code UNIQUE (map_version_id, code),
    CONSTRAINT fk_polling_station_version FOREIGN KEY (map_version_id) REFERENCES map_version (id),
    CONSTRAINT fk_polling_station_centre FOREIGN KEY (centre_id) REFERENCES polling_centre (id),
    CONSTRAINT fk_polling_station_commune FOREIGN KEY (commune_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_polling_station_voters CHECK (registered_voters >= 0),
    INDEX ix_polling_station_centre (centre_id),
    INDEX ix_polling_station_commune (commune_id, retired)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
