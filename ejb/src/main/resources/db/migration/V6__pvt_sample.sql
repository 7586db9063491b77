-- Parallel Vote Tabulation sample of an election: the draw's parameters and seed, the strata,
-- the sampled and reserve stations in drawn order, the seal, and the log of replacements.
-- One sample per election. While its status is DRAFT it may be drawn again, which replaces
-- every row below it; once SEALED it changes only through rows of pvt_sample_replacement.
-- scheme: REGION or REGION_AND_AREA; allocation: PROPORTIONAL_TO_STATIONS or
-- PROPORTIONAL_TO_REGISTERED_VOTERS; size_mode: GIVEN or COMPUTED (the size plan columns are
-- then filled); confidence: PERCENT_95 or PERCENT_99; status: DRAFT or SEALED.

CREATE TABLE pvt_sample (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    election_id         BIGINT        NOT NULL,
    map_version_id      BIGINT        NOT NULL,
    scheme              VARCHAR(24)   NOT NULL,
    allocation          VARCHAR(40)   NOT NULL,
    size_mode           VARCHAR(16)   NOT NULL,
    sample_size         INT           NOT NULL,
    reserve_per_stratum INT           NOT NULL,
    target_margin       DOUBLE        NULL,
    confidence          VARCHAR(16)   NULL,
    expected_share      DOUBLE        NULL,
    design_effect       DOUBLE        NULL,
    expected_turnout    DOUBLE        NULL,
    seed                BIGINT        NOT NULL,
    frame_stations      INT           NOT NULL,
    frame_voters        BIGINT        NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    seal                CHAR(64)      NOT NULL,
    drawn_at            DATETIME(3)   NOT NULL,
    drawn_by            VARCHAR(64)   NOT NULL,
    sealed_at           DATETIME(3)   NULL,
    sealed_by           VARCHAR(64)   NULL,
    changed_at          DATETIME(3)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_pvt_sample_election UNIQUE (election_id),
    CONSTRAINT fk_pvt_sample_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_pvt_sample_map_version FOREIGN KEY (map_version_id) REFERENCES map_version (id),
    CONSTRAINT ck_pvt_sample_size CHECK (sample_size > 0 AND reserve_per_stratum >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per stratum, in ascending key order (position). area is NULL for a région stratum.
CREATE TABLE pvt_sample_stratum (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    sample_id          BIGINT       NOT NULL,
    position           INT          NOT NULL,
    stratum_key        VARCHAR(64)  NOT NULL,
    region_code        VARCHAR(16)  NOT NULL,
    region_name        VARCHAR(200) NOT NULL,
    area               VARCHAR(16)  NULL,
    frame_stations     INT          NOT NULL,
    frame_voters       BIGINT       NOT NULL,
    proportional_quota DOUBLE       NOT NULL,
    sample_size        INT          NOT NULL,
    reserve_size       INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pvt_sample_stratum_key UNIQUE (sample_id, stratum_key),
    CONSTRAINT fk_pvt_sample_stratum_sample FOREIGN KEY (sample_id) REFERENCES pvt_sample (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every drawn station of a stratum. draw_rank is the position in the stratum's shuffle:
-- 1 to n_h for the sampled stations, n_h + 1 onwards for the reserve list. state: SAMPLED
-- (in the sample), RESERVE (unused reserve), REPLACED (left the sample) or PROMOTED (a reserve
-- station that took a replaced station's place; it is in the sample).
CREATE TABLE pvt_sample_station (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    sample_id    BIGINT      NOT NULL,
    stratum_id   BIGINT      NOT NULL,
    station_id   BIGINT      NOT NULL,
    station_code VARCHAR(40) NOT NULL,
    draw_rank    INT         NOT NULL,
    state        VARCHAR(16) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pvt_sample_station UNIQUE (sample_id, station_code),
    CONSTRAINT uk_pvt_sample_station_rank UNIQUE (stratum_id, draw_rank),
    CONSTRAINT fk_pvt_sample_station_sample FOREIGN KEY (sample_id) REFERENCES pvt_sample (id) ON DELETE CASCADE,
    CONSTRAINT fk_pvt_sample_station_stratum FOREIGN KEY (stratum_id) REFERENCES pvt_sample_stratum (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_pvt_sample_station_station FOREIGN KEY (station_id) REFERENCES polling_station (id),
    INDEX ix_pvt_sample_station_state (sample_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Replacement of a sampled station by the next reserve station of its stratum, with the seal
-- before and after, so that every published seal can be traced.
CREATE TABLE pvt_sample_replacement (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    sample_id         BIGINT       NOT NULL,
    stratum_key       VARCHAR(64)  NOT NULL,
    replaced_code     VARCHAR(40)  NOT NULL,
    replacement_code  VARCHAR(40)  NOT NULL,
    reason            VARCHAR(500) NOT NULL,
    replaced_by       VARCHAR(64)  NOT NULL,
    replaced_at       DATETIME(3)  NOT NULL,
    seal_before       CHAR(64)     NOT NULL,
    seal_after        CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pvt_sample_replacement_sample FOREIGN KEY (sample_id) REFERENCES pvt_sample (id)
        ON DELETE CASCADE,
    INDEX ix_pvt_sample_replacement_sample (sample_id, replaced_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
