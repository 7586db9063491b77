-- Users of the platform, their roles and the audit trail of administrative changes.
-- Every table is utf8mb4 so that French and Bambara names are stored intact.

CREATE TABLE user_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(3)  NULL,
    region_code     VARCHAR(16)  NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(3)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    target_type VARCHAR(64)   NOT NULL,
    target_id   VARCHAR(128)  NULL,
    details     VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_entry_occurred (occurred_at),
    INDEX ix_audit_entry_target (target_type, target_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
