package ml.modele.observation.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import ml.modele.observation.smpp.api.InboundSms;

class EarlierDeliveryTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Instant FIRST = Instant.parse("2026-07-28T10:30:00Z");

    @Test
    void sameSmscIdIsRepeat() {
        EarlierDelivery stored = new EarlierDelivery(7, "22376000001", "abc1", "h1", FIRST);

        assertTrue(stored.repeatedBy(sms("22376000001", "ABC1", FIRST.plusSeconds(3600)), "other", WINDOW),
                "same id, even an hour later and with other text");
        assertFalse(stored.repeatedBy(sms("22376000001", "abc2", FIRST.plusSeconds(1)), "h1", WINDOW),
                "another id with the same text is a new message");
        assertFalse(stored.repeatedBy(sms("22376000002", "abc1", FIRST.plusSeconds(1)), "h1", WINDOW),
                "same id from another sender");
    }

    @Test
    void sameTextWithinWindowIsRepeat() {
        EarlierDelivery stored = new EarlierDelivery(7, "22376000001", null, "h1", FIRST);

        assertTrue(stored.repeatedBy(sms("22376000001", null, FIRST.plusSeconds(599)), "h1", WINDOW));
        assertTrue(stored.repeatedBy(sms("22376000001", null, FIRST.plus(WINDOW)), "h1", WINDOW),
                "the window includes its start");
        assertFalse(stored.repeatedBy(sms("22376000001", null, FIRST.plusSeconds(601)), "h1", WINDOW),
                "after the window");
        assertFalse(stored.repeatedBy(sms("22376000001", null, FIRST.plusSeconds(1)), "h2", WINDOW),
                "other text");
        assertFalse(stored.repeatedBy(sms("22376000002", null, FIRST.plusSeconds(1)), "h1", WINDOW),
                "other sender");
    }

    @Test
    void senderComparesIgnoringCase() {
        EarlierDelivery stored = new EarlierDelivery(7, "ORANGE", null, "h1", FIRST);

        assertTrue(stored.repeatedBy(sms("Orange", null, FIRST.plusSeconds(1)), "h1", WINDOW));
    }

    private static InboundSms sms(String sender, String smscMessageId, Instant receivedAt) {
        return new InboundSms(sender, null, "36123", "text", smscMessageId, receivedAt, "74657874", 0, false, 1);
    }
}
