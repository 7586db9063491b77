package ml.modele.observation.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import ml.modele.observation.smpp.codec.PhoneNumbers;
import org.junit.jupiter.api.Test;

class ReplyPolicyTest {

    /** Clock moved by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-07-12T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final ReplyPolicy policy = new ReplyPolicy(clock, 3);

    @Test
    void serviceSendersGetNoReply() {
        assertEquals(ReplyPolicy.Decision.SHORT_CODE, policy.decide("36015"));
        assertEquals(ReplyPolicy.Decision.SHORT_CODE, policy.decide("123", PhoneNumbers.TON_ABBREVIATED));
        assertEquals(ReplyPolicy.Decision.ALPHANUMERIC, policy.decide("ORANGE"));
        assertEquals(ReplyPolicy.Decision.ALPHANUMERIC, policy.decide("22376", PhoneNumbers.TON_ALPHANUMERIC));
        assertEquals(ReplyPolicy.Decision.NOT_A_MALI_NUMBER, policy.decide("+33612345678"));
        assertEquals(ReplyPolicy.Decision.NOT_A_MALI_NUMBER, policy.decide(""));
    }

    @Test
    void repliesCappedPerMinute() {
        assertEquals(ReplyPolicy.Decision.SEND, policy.decide("+22376123456"));
        assertEquals(ReplyPolicy.Decision.SEND, policy.decide("76 12 34 56"));
        assertEquals(ReplyPolicy.Decision.SEND, policy.decide("0022376123456"));
        assertEquals(ReplyPolicy.Decision.RATE_LIMITED, policy.decide("+22376123456"));
        assertEquals(ReplyPolicy.Decision.SEND, policy.decide("+22366000001"));

        clock.advance(Duration.ofSeconds(59));
        assertEquals(ReplyPolicy.Decision.RATE_LIMITED, policy.decide("+22376123456"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(ReplyPolicy.Decision.SEND, policy.decide("+22376123456"));
        assertEquals(ReplyPolicy.Decision.SEND, policy.decide("+22376123456"));
        assertEquals(ReplyPolicy.Decision.SEND, policy.decide("+22376123456"));
        assertEquals(ReplyPolicy.Decision.RATE_LIMITED, policy.decide("+22376123456"));
    }

    @Test
    void limitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ReplyPolicy(clock, 0));
    }
}
