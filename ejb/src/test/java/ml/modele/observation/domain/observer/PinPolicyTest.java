package ml.modele.observation.domain.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PinPolicyTest {

    private static final Instant NOW = Instant.parse("2026-07-30T09:00:00Z");

    @Test
    void generatesSixDigitsWithLeadingZeros() {
        SplittableRandom random = new SplittableRandom(7);
        boolean leadingZero = false;
        for (int i = 0; i < 2000; i++) {
            String pin = PinPolicy.generate(random);
            assertTrue(pin.matches("[0-9]{6}"), pin);
            leadingZero |= pin.startsWith("0");
        }
        assertTrue(leadingZero, "no PIN out of 2000 started with 0");
    }

    @Test
    void allowsFirstRequest() {
        assertEquals(Optional.empty(), PinPolicy.nextRequestAt(List.of(), NOW));
    }

    @Test
    void makesObserverWaitOneMinuteBetweenRequests() {
        Instant earlier = NOW.minusSeconds(20);
        assertEquals(Optional.of(earlier.plus(PinPolicy.MIN_INTERVAL)), PinPolicy.nextRequestAt(List.of(earlier), NOW));
        assertEquals(Optional.empty(), PinPolicy.nextRequestAt(List.of(NOW.minusSeconds(60)), NOW));
    }

    @Test
    void allowsThreeRequestsAnHour() {
        Instant first = NOW.minus(Duration.ofMinutes(50));
        List<Instant> three = List.of(NOW.minus(Duration.ofMinutes(10)), first, NOW.minus(Duration.ofMinutes(30)));
        assertEquals(Optional.of(first.plus(PinPolicy.REQUEST_WINDOW)), PinPolicy.nextRequestAt(three, NOW));

        List<Instant> oldOnes = List.of(NOW.minus(Duration.ofMinutes(61)), NOW.minus(Duration.ofMinutes(62)),
                NOW.minus(Duration.ofMinutes(5)));
        assertEquals(Optional.empty(), PinPolicy.nextRequestAt(oldOnes, NOW));
    }

    @Test
    void normalisesTypedPin() {
        assertEquals(Optional.of("048213"), PinPolicy.normalise(" 048 213 "));
        assertEquals(Optional.empty(), PinPolicy.normalise("48213"));
        assertEquals(Optional.empty(), PinPolicy.normalise("48213a"));
        assertEquals(Optional.empty(), PinPolicy.normalise("0482131"));
        assertEquals(Optional.empty(), PinPolicy.normalise(null));
    }

    @Test
    void pinWorksOnceWithinTenMinutes() {
        ObserverPin pin = new ObserverPin(1, "hash", "+22376000000", NOW);
        assertEquals(ObserverPin.State.USABLE, pin.state(NOW.plus(Duration.ofMinutes(9))));
        assertEquals(ObserverPin.State.EXPIRED, pin.state(NOW.plus(PinPolicy.VALIDITY)));
        pin.markUsed(NOW.plusSeconds(30));
        assertEquals(ObserverPin.State.USED, pin.state(NOW.plusSeconds(31)));
    }

    @Test
    void pinStopsAfterFiveWrongTries() {
        ObserverPin pin = new ObserverPin(1, "hash", "+22376000000", NOW);
        for (int left = PinPolicy.MAX_ATTEMPTS - 1; left >= 1; left--) {
            assertEquals(left, pin.recordFailure());
            assertEquals(ObserverPin.State.USABLE, pin.state(NOW));
        }
        assertEquals(0, pin.recordFailure());
        assertEquals(ObserverPin.State.EXHAUSTED, pin.state(NOW));
    }
}
