package ml.modele.observation.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ml.modele.observation.infrastructure.sms.AcknowledgementPolicy.Decision;

class ReplyCountsTest {

    @Test
    void capHoldsWithinOneBatch() {
        AcknowledgementPolicy.ReplyCounts counts = new AcknowledgementPolicy.ReplyCounts(new HashMap<>(), 3);

        assertEquals(Decision.REPLY, counts.decide("+22376000001"));
        assertEquals(Decision.REPLY, counts.decide("+22376000001"));
        assertEquals(Decision.REPLY, counts.decide("+22376000001"));
        assertEquals(Decision.CAPPED, counts.decide("+22376000001"));
        assertEquals(Decision.REPLY, counts.decide("+22376000002"), "another sender has a cap of their own");
    }

    @Test
    void storedRepliesCountTowardsCap() {
        Map<String, Integer> lastMinute = new HashMap<>(Map.of("+22376000001", 2));
        AcknowledgementPolicy.ReplyCounts counts = new AcknowledgementPolicy.ReplyCounts(lastMinute, 3);

        assertEquals(Decision.REPLY, counts.decide("+22376000001"));
        assertEquals(Decision.CAPPED, counts.decide("+22376000001"));
    }

    @Test
    void senderWithoutNumberGetsNoReply() {
        AcknowledgementPolicy.ReplyCounts counts = new AcknowledgementPolicy.ReplyCounts(new HashMap<>(), 3);

        assertEquals(Decision.NO_NUMBER, counts.decide(null));
    }
}
