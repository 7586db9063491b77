package ml.modele.observation.infrastructure.sms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /**
     * Counts, with one query, the replies that each of these senders got in the minute before
     * {@code now}. Null entries, senders without a number, are skipped.
     */
    ReplyCounts recentReplies(Connection connection, List<String> sendersE164, Instant now) throws SQLException {
        Set<String> recipients = new LinkedHashSet<>();
        for (String sender : sendersE164) {
            if (sender != null) {
                recipients.add(sender);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        if (recipients.isEmpty()) {
            return new ReplyCounts(counts, repliesPerMinute);
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT recipient, COUNT(*) FROM sms_outbound"
                + " WHERE recipient IN (" + String.join(", ", Collections.nCopies(recipients.size(), "?")) + ")"
                + " AND created_at > ? GROUP BY recipient")) {
            int index = 1;
            for (String recipient : recipients) {
                count.setString(index++, recipient);
            }
            count.setTimestamp(index, Timestamp.from(now.minus(Duration.ofMinutes(1))));
            try (ResultSet rows = count.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return new ReplyCounts(counts, repliesPerMinute);
    }

    /** Returns the acknowledgement for the stored message with this id, in the reply language. */
    String replyText(long inboundId) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(replyLanguage));
        return MessageFormat.format(bundle.getString("sms.reply.received"), String.valueOf(inboundId));
    }

    /**
     * Replies per sender in the last minute, which grow as the messages of one batch are decided,
     * so that the cap also applies between the messages of one batch.
     */
    static final class ReplyCounts {
        private final Map<String, Integer> counts;
        private final int repliesPerMinute;

        ReplyCounts(Map<String, Integer> counts, int repliesPerMinute) {
            this.counts = counts;
            this.repliesPerMinute = repliesPerMinute;
        }

        /** Decides for the next message of this sender and counts its reply when it gets one. */
        Decision decide(String senderE164) {
            if (senderE164 == null) {
                return Decision.NO_NUMBER;
            }
            int sent = counts.getOrDefault(senderE164, 0);
            if (sent >= repliesPerMinute) {
                return Decision.CAPPED;
            }
            counts.put(senderE164, sent + 1);
            return Decision.REPLY;
        }
    }
}
