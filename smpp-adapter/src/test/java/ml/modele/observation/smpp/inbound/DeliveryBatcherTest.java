package ml.modele.observation.smpp.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Batching rules of {@link DeliveryBatcher}. Most tests let a batch wait while one other batch is
 * being delivered, and first hold one batch in delivery. A wait of an hour means "never by
 * time": a test that needs a batch to close on its size hangs, and hits its timeout, when the
 * rule breaks.
 */
@Timeout(60)
class DeliveryBatcherTest {

    private static final Duration NEVER = Duration.ofHours(1);
    private static final String HELD = "held";

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final RecordingTarget target = new RecordingTarget();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void batchClosesWhenFull() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 3, NEVER, 1);
        Future<?> held = holdBatchInFlight(batcher);

        awaitAll(deliverFromThreads(batcher, "a", "b", "c"));
        target.release.countDown();
        held.get();

        assertEquals(2, target.batches.size());
        assertEquals(Set.of("a", "b", "c"), new HashSet<>(target.batches.get(1)));
        assertEquals(List.of(), target.singles);
    }

    @Test
    void messageAfterFullBatchOpensNextBatch() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 2, NEVER, 1);
        Future<?> held = holdBatchInFlight(batcher);

        awaitAll(deliverFromThreads(batcher, "a", "b", "c", "d"));
        target.release.countDown();
        held.get();

        assertEquals(3, target.batches.size());
        assertEquals(2, target.batches.get(1).size());
        assertEquals(2, target.batches.get(2).size());
    }

    @Test
    void loneMessageGoesAtOnceWhenIdle() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 10, NEVER, 1);

        batcher.deliver("a");

        assertEquals(List.of(List.of("a")), target.batches);
    }

    @Test
    void loneMessageGoesAfterWaitWhileBusy() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 10, Duration.ofMillis(20), 1);
        Future<?> held = holdBatchInFlight(batcher);

        batcher.deliver("a");
        target.release.countDown();
        held.get();

        assertEquals(List.of(List.of(HELD), List.of("a")), target.batches);
    }

    @Test
    void waitingBatchGoesWhenDeliveryEnds() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 10, NEVER, 1);
        Future<?> held = holdBatchInFlight(batcher);

        List<Future<?>> calls = deliverFromThreads(batcher, "a");
        TimeUnit.MILLISECONDS.sleep(100);
        assertFalse(calls.get(0).isDone(), "a batch went while another was being delivered");
        target.release.countDown();
        awaitAll(calls);
        held.get();

        assertEquals(List.of(List.of(HELD), List.of("a")), target.batches);
    }

    @Test
    void loneMessageGoesAtOnceBelowBusyCount() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 10, NEVER, 2);
        Future<?> held = holdBatchInFlight(batcher);

        batcher.deliver("a");
        target.release.countDown();
        held.get();

        assertEquals(List.of(List.of(HELD), List.of("a")), target.batches);
    }

    @Test
    void sizeOneNeverWaits() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 1, NEVER, 1);
        Future<?> held = holdBatchInFlight(batcher);

        batcher.deliver("a");
        batcher.deliver("b");
        target.release.countDown();
        held.get();

        assertEquals(List.of(List.of(HELD), List.of("a"), List.of("b")), target.batches);
    }

    @Test
    void noCallerReturnsBeforeBatchCommits() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 2, NEVER, 1);
        Future<?> held = holdBatchInFlight(batcher);

        List<Future<?>> calls = deliverFromThreads(batcher, HELD + "-2", "b");
        TimeUnit.MILLISECONDS.sleep(100);

        assertFalse(held.isDone(), "caller returned before the commit");
        assertFalse(calls.get(0).isDone(), "second caller returned before the commit");
        assertFalse(calls.get(1).isDone(), "third caller returned before the commit");
        target.release.countDown();
        awaitAll(calls);
        held.get();
    }

    @Test
    void failedBatchFallsBackToSingleDeliveries() throws Exception {
        target.failBatches = true;
        target.failingSingle = "b";
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 3, NEVER, 1);
        Future<?> held = holdBatchInFlight(batcher);

        List<Future<?>> calls = deliverFromThreads(batcher, "a", "b", "c");
        Map<String, Throwable> failures = outcomes(calls, "a", "b", "c");
        target.release.countDown();

        held.get();

        assertEquals(Set.of("b"), failures.keySet(), "only the bad message fails");
        assertInstanceOf(DeliveryBatcher.DeliveryFailedException.class, failures.get("b"));
        assertEquals(Set.of(HELD, "a", "b", "c"), new HashSet<>(target.singles), "each message delivered alone");
        assertEquals(2, target.batches.size());
    }

    @Test
    void retryPositionFailsOnlyThatMessage() throws Exception {
        target.retry = "c";
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 3, NEVER, 1);
        Future<?> held = holdBatchInFlight(batcher);

        Map<String, Throwable> failures = outcomes(deliverFromThreads(batcher, "a", "b", "c"), "a", "b", "c");
        target.release.countDown();
        held.get();

        assertEquals(Set.of("c"), failures.keySet());
        assertEquals(List.of(), target.singles, "a retry is left to the SMSC, not delivered alone");
    }

    @Test
    void interruptedLeaderStillDeliversBatch() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 5, NEVER, 1);
        Future<?> held = holdBatchInFlight(batcher);

        Thread.currentThread().interrupt();
        batcher.deliver("a");
        boolean interrupted = Thread.interrupted();
        target.release.countDown();
        held.get();

        assertTrue(interrupted, "interrupt flag kept");
        assertEquals(List.of(List.of(HELD), List.of("a")), target.batches);
    }

    @Test
    void invalidSizeRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DeliveryBatcher<>(target, 0, NEVER, 1));
    }

    /** Delivers a message whose batch stays in delivery until the target's release latch opens. */
    private Future<?> holdBatchInFlight(DeliveryBatcher<String> batcher) throws InterruptedException {
        Future<?> held = threads.submit(() -> {
            batcher.deliver(HELD);
            return null;
        });
        assertTrue(target.holding.await(30, TimeUnit.SECONDS), "held batch never delivered");
        return held;
    }

    private List<Future<?>> deliverFromThreads(DeliveryBatcher<String> batcher, String... messages) {
        List<Future<?>> calls = new ArrayList<>();
        for (String message : messages) {
            calls.add(threads.submit(() -> {
                batcher.deliver(message);
                return null;
            }));
        }
        return calls;
    }

    private static void awaitAll(List<Future<?>> calls) throws Exception {
        for (Future<?> call : calls) {
            call.get();
        }
    }

    /** Returns the failure of each message whose call threw, by message. */
    private static Map<String, Throwable> outcomes(List<Future<?>> calls, String... messages) throws InterruptedException {
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            try {
                calls.get(i).get();
            } catch (ExecutionException e) {
                failures.put(messages[i], e.getCause());
            }
        }
        return failures;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Target that records what it receives and fails where a test sets it to. A batch with a
     * message starting with {@link #HELD} stays in delivery until {@link #release} opens.
     */
    private static final class RecordingTarget implements DeliveryBatcher.Target<String> {
        final List<List<String>> batches = new CopyOnWriteArrayList<>();
        final List<String> singles = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch holding = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean failBatches;
        volatile String failingSingle;
        volatile String retry;

        @Override
        public Set<Integer> deliverAll(List<String> batch) {
            batches.add(batch);
            if (batch.stream().anyMatch(message -> message.startsWith(HELD))) {
                holding.countDown();
                await(release);
            }
            if (failBatches) {
                throw new IllegalStateException("database rejected the batch");
            }
            return retry != null && batch.contains(retry) ? Set.of(batch.indexOf(retry)) : Set.of();
        }

        @Override
        public void deliver(String message) {
            singles.add(message);
            if (message.equals(failingSingle)) {
                throw new IllegalStateException("database rejected " + message);
            }
        }
    }
}
