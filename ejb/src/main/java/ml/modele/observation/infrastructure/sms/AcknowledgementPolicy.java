package ml.modele.observation.infrastructure.sms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ml.modele.observation.smpp.api.InboundSms;

/**
 * Decides whether a stored message gets an acknowledgement and writes its text. Short codes,
 * alphanumeric, foreign and invalid senders get none (the adapter gives them no E.164 number),
 * and neither does a sender who already got the maximum number of replies in the last minute.
 */
@ApplicationScoped
public class AcknowledgementPolicy {

    /** Outcome for one message, stored with it. */
    public enum Decision {
        REPLY, NO_NUMBER, CAPPED
    }

    static final String BUNDLE = "ml.modele.observation.i18n.sms";

    @Inject
    @ConfigProperty(name = "observation.sms.replies-per-minute", defaultValue = "3")
    int repliesPerMinute;

    @Inject
    @ConfigProperty(name = "observation.sms.reply-language", defaultValue = "fr")
    String replyLanguage;

    Decision decide(Connection connection, InboundSms sms, Instant now) throws SQLException {
        if (sms.senderE164() == null) {
            return Decision.NO_NUMBER;
        }
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM sms_outbound WHERE recipient = ? AND created_at > ?")) {
            count.setString(1, sms.senderE164());
            count.setTimestamp(2, Timestamp.from(now.minus(Duration.ofMinutes(1))));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1) >= repliesPerMinute ? Decision.CAPPED : Decision.REPLY;
            }
        }
    }

    /** Returns the acknowledgement for the stored message with this id, in the reply language. */
    String replyText(long inboundId) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(replyLanguage));
        return MessageFormat.format(bundle.getString("sms.reply.received"), String.valueOf(inboundId));
    }
}
