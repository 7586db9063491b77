-- SMS broadcasts to a filtered set of observers. Each broadcast queues one row per recipient in
-- sms_outbound (status PENDING until the outbox worker sends it), linked through broadcast_id so
-- that the screen shows how many of a broadcast are still pending.
-- alphabet: GSM7 or UCS2, as the outbound encoder will send the text; segments per recipient.
CREATE TABLE sms_broadcast (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    election_id    BIGINT        NOT NULL,
    text           VARCHAR(2000) NOT NULL,
    filter_summary VARCHAR(500)  NOT NULL,
    recipients     INT           NOT NULL,
    unverified     INT           NOT NULL,
    without_phone  INT           NOT NULL,
    alphabet       VARCHAR(8)    NOT NULL,
    segments       INT           NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_sms_broadcast_election FOREIGN KEY (election_id) REFERENCES election (id),
    INDEX ix_sms_broadcast_election (election_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE sms_outbound
    ADD COLUMN broadcast_id BIGINT NULL,
    ADD CONSTRAINT fk_sms_outbound_broadcast FOREIGN KEY (broadcast_id) REFERENCES sms_broadcast (id),
    ADD INDEX ix_sms_outbound_broadcast (broadcast_id, status);
