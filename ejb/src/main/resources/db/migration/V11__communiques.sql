-- Communiqués of the mission (déclarations): drafts with their frozen figures and narrative,
-- their approval, and the PDFs published from them.

-- One version of a statement. kind: PRELIMINARY_STATEMENT or PVT_RESULTS. status: DRAFT,
-- APPROVED or PUBLISHED. snapshot_json holds every figure printed, frozen when the draft was
-- created, so that the figures do not move while the text is reviewed. A correction is a new row
-- with version + 1 whose replaces_id names the published version it corrects.
CREATE TABLE communique (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    election_id     BIGINT       NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    version         INT          NOT NULL,
    replaces_id     BIGINT       NULL,
    status          VARCHAR(16)  NOT NULL,
    snapshot_json   LONGTEXT     NOT NULL,
    snapshot_at     DATETIME(3)  NOT NULL,
    findings_html   MEDIUMTEXT   NOT NULL,
    recommendations_html MEDIUMTEXT NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    edited_at       DATETIME(3)  NULL,
    edited_by       VARCHAR(64)  NULL,
    approved_at     DATETIME(3)  NULL,
    approved_by     VARCHAR(64)  NULL,
    embargo_until   DATETIME(3)  NULL,
    published_at    DATETIME(3)  NULL,
    published_by    VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_communique_version UNIQUE (election_id, kind, version),
    CONSTRAINT fk_communique_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_communique_replaces FOREIGN KEY (replaces_id) REFERENCES communique (id),
    CONSTRAINT ck_communique_status CHECK (status IN ('DRAFT', 'APPROVED', 'PUBLISHED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The PDF of a published communiqué in one language, stored byte for byte as published with its
-- SHA-256 (hexadecimal). content_hash is the short hash printed in the PDF's footer: the SHA-256 of
-- the snapshot and narrative it was rendered from.
CREATE TABLE communique_publication (
    communique_id BIGINT      NOT NULL,
    language      VARCHAR(2)  NOT NULL,
    pdf           LONGBLOB    NOT NULL,
    sha256        CHAR(64)    NOT NULL,
    content_hash  CHAR(64)    NOT NULL,
    pages         INT         NOT NULL,
    published_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (communique_id, language),
    CONSTRAINT fk_communique_publication FOREIGN KEY (communique_id) REFERENCES communique (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A published PDF never changes: the database rejects any update or delete of its row.
CREATE TRIGGER communique_publication_no_update BEFORE UPDATE ON communique_publication FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published communique PDF cannot be changed';

CREATE TRIGGER communique_publication_no_delete BEFORE DELETE ON communique_publication FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published communique PDF cannot be deleted';
