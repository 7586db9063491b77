package ml.modele.observation.smpp.codec;

import static ml.modele.observation.smpp.codec.InboundDecodingTableTest.concat;
import static ml.modele.observation.smpp.codec.InboundDecodingTableTest.udh8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcatenatedMessageAssemblerTest {

    private static final Instant T0 = Instant.parse("2026-07-26T08:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final PartExtractor EXTRACTOR = new PartExtractor(CodecSettings.DEFAULT);

    private final ConcatenatedMessageAssembler assembler =
            new ConcatenatedMessageAssembler(new TextDecoder(CodecSettings.DEFAULT), TIMEOUT);

    @Test
    void sweepBeforeTimeoutKeepsSet() {
        assembler.accept(part("22376123456", 1, 2, 1, "Un", T0));
        assertEquals(List.of(), assembler.sweepExpired(clockAt(T0.plus(TIMEOUT).minusSeconds(1))));
        assertEquals(1, assembler.pendingCount());
    }

    @Test
    void sweepCountsFromLatestPart() {
        assembler.accept(part("22376123456", 1, 3, 1, "Un", T0));
        assembler.accept(part("22376123456", 1, 3, 2, "Deux", T0.plusSeconds(200)));
        assertEquals(List.of(), assembler.sweepExpired(clockAt(T0.plus(TIMEOUT))));
        List<AssembledMessage> expired = assembler.sweepExpired(clockAt(T0.plusSeconds(200).plus(TIMEOUT)));
        assertEquals(1, expired.size());
        AssembledMessage message = expired.get(0);
        assertTrue(message.partial());
        assertEquals("UnDeux[...]", message.text());
        assertEquals(List.of(3), message.missingSequences());
        assertEquals(2, message.parts().size());
        assertEquals(T0, message.firstArrival());
        assertEquals(0, assembler.pendingCount());
    }

    @Test
    void partialMarksLeadingGap() {
        assembler.accept(part("22376123456", 4, 3, 3, "fin", T0));
        AssembledMessage message = assembler.sweepExpired(clockAt(T0.plus(TIMEOUT))).get(0);
        assertEquals("[...]fin", message.text());
        assertEquals(List.of(1, 2), message.missingSequences());
    }

    @Test
    void lateDuplicateAfterCompletionIgnored() {
        assembler.accept(part("22376123456", 5, 2, 1, "A", T0));
        assertTrue(assembler.accept(part("22376123456", 5, 2, 2, "B", T0)).isPresent());
        assertEquals(Optional.empty(), assembler.accept(part("22376123456", 5, 2, 2, "B", T0.plusSeconds(30))));
        assertEquals(0, assembler.pendingCount());
        assertEquals(List.of(), assembler.sweepExpired(clockAt(T0.plus(TIMEOUT).plusSeconds(60))));
    }

    @Test
    void referenceReusedAfterTimeoutStartsNewSet() {
        assembler.accept(part("22376123456", 6, 2, 1, "A", T0));
        assembler.accept(part("22376123456", 6, 2, 2, "B", T0));
        assembler.sweepExpired(clockAt(T0.plus(TIMEOUT)));
        Instant later = T0.plus(TIMEOUT).plusSeconds(1);
        assembler.accept(part("22376123456", 6, 2, 1, "C", later));
        AssembledMessage message = assembler.accept(part("22376123456", 6, 2, 2, "D", later)).orElseThrow();
        assertEquals("CD", message.text());
    }

    @Test
    void sendersWithSameReferenceKeptApart() {
        assembler.accept(part("22376000001", 7, 2, 1, "Kati ", T0));
        assembler.accept(part("22376000002", 7, 2, 1, "Gao ", T0));
        AssembledMessage first = assembler.accept(part("22376000001", 7, 2, 2, "ok", T0)).orElseThrow();
        AssembledMessage second = assembler.accept(part("22376000002", 7, 2, 2, "RAS", T0)).orElseThrow();
        assertEquals("Kati ok", first.text());
        assertEquals("Gao RAS", second.text());
    }

    @Test
    void mixedDataCodingDecodedPerPart() {
        byte[] first = concat(udh8(8, 2, 1), Gsm7.encode("Bonjour "));
        byte[] second = concat(udh8(8, 2, 2), "ɲɔgɔn".getBytes(StandardCharsets.UTF_16BE));
        assembler.accept(EXTRACTOR.extract(InboundPdu.of("22376123456", "36000", 0x40, 0x00, first, T0)));
        AssembledMessage message = assembler.accept(
                EXTRACTOR.extract(InboundPdu.of("22376123456", "36000", 0x40, 0x08, second, T0))).orElseThrow();
        assertEquals("Bonjour ɲɔgɔn", message.text());
    }

    @Test
    void acceptsPartsFromManyThreads() throws Exception {
        int senders = 200;
        int total = 4;
        List<MessagePart> parts = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            String sender = String.format("2237%07d", s);
            for (int sequence = 1; sequence <= total; sequence++) {
                parts.add(part(sender, s % 256, total, sequence, sequence + ";", T0));
                // Every part twice, to race duplicates against completion.
                parts.add(part(sender, s % 256, total, sequence, sequence + ";", T0));
            }
        }
        Collections.shuffle(parts, new Random(42));

        ConcurrentLinkedQueue<AssembledMessage> completed = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);

        try {
            List<Future<?>> futures = new ArrayList<>();
            int slice = parts.size() / 8;
            for (int t = 0; t < 8; t++) {
                List<MessagePart> mine = parts.subList(t * slice, t == 7 ? parts.size() : (t + 1) * slice);
                futures.add(pool.submit(() -> {
                    start.await();
                    for (MessagePart part : mine) {
                        assembler.accept(part).ifPresent(completed::add);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(senders, completed.size());
        for (AssembledMessage message : completed) {
            assertEquals("1;2;3;4;", message.text());
        }
        assertEquals(0, assembler.pendingCount());
    }

    private static MessagePart part(String sender, int reference, int total, int sequence, String text,
                                    Instant arrival) {
        byte[] shortMessage = concat(udh8(reference, total, sequence), Gsm7.encode(text));
        return EXTRACTOR.extract(InboundPdu.of(sender, "36000", 0x40, 0x00, shortMessage, arrival));
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
