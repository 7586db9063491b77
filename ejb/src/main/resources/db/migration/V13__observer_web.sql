-- Observers' web access: one-time PINs sent by SMS, and who uploaded a result-sheet photo.

-- A PIN that an observer requested. Only its PBKDF2 hash is stored. sent_to: the E.164 numbers
-- it went to, comma-separated. attempts: wrong PINs typed against it. used_at: the successful
-- login, after which it no longer works. Rows stay after expiry: they count the requests of
-- the last hour and are the record of what was sent.
CREATE TABLE observer_pin (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    observer_id BIGINT       NOT NULL,
    pin_hash    VARCHAR(255) NOT NULL,
    sent_to     VARCHAR(200) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    expires_at  DATETIME(3)  NOT NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    used_at     DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_observer_pin_observer FOREIGN KEY (observer_id) REFERENCES observer (id),
    INDEX ix_observer_pin_observer (observer_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The observer who uploaded a photo from the web form, and the station of their deployment;
-- both NULL for a photo that the EVA attached.
ALTER TABLE submission_attachment
    ADD COLUMN observer_id  BIGINT      NULL,
    ADD COLUMN station_code VARCHAR(40) NULL,
    ADD CONSTRAINT fk_submission_attachment_observer FOREIGN KEY (observer_id) REFERENCES observer (id);
