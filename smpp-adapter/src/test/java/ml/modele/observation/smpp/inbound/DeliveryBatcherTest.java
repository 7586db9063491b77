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
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Batching rules of {@link DeliveryBatcher}. A wait of an hour stands for "never by time", so a
 * test that needs a batch to close on its size hangs, and hits its timeout, when the rule breaks.
 */
@Timeout(60)
class DeliveryBatcherTest {

    private static final Duration NEVER = Duration.ofHours(1);

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final RecordingTarget target = new RecordingTarget();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void batchClosesWhenFull() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 3, NEVER);

        List<Future<?>> calls = deliverFromThreads(batcher, "a", "b", "c");
        awaitAll(calls);

        assertEquals(1, target.batches.size());
        assertEquals(Set.of("a", "b", "c"), new HashSet<>(target.batches.get(0)));
        assertEquals(List.of(), target.singles);
    }

    @Test
    void messageAfterFullBatchOpensNextBatch() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 2, NEVER);

        awaitAll(deliverFromThreads(batcher, "a", "b", "c", "d"));

        assertEquals(2, target.batches.size());
        assertEquals(2, target.batches.get(0).size());
        assertEquals(2, target.batches.get(1).size());
    }

    @Test
    void loneMessageGoesAfterWait() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 10, Duration.ofMillis(20));

        batcher.deliver("a");

        assertEquals(List.of(List.of("a")), target.batches);
    }

    @Test
    void sizeOneNeverWaits() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 1, NEVER);

        batcher.deliver("a");
        batcher.deliver("b");

        assertEquals(List.of(List.of("a"), List.of("b")), target.batches);
    }

    @Test
    void noCallerReturnsBeforeBatchCommits() throws Exception {
        CountDownLatch commit = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        target.onBatch = batch -> {
            entered.countDown();
            await(commit);
            return Set.of();
        };
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 2, NEVER);

        List<Future<?>> calls = deliverFromThreads(batcher, "a", "b");
        assertTrue(entered.await(30, TimeUnit.SECONDS), "batch never delivered");
        TimeUnit.MILLISECONDS.sleep(100);

        assertFalse(calls.get(0).isDone(), "first caller returned before the commit");
        assertFalse(calls.get(1).isDone(), "second caller returned before the commit");
        commit.countDown();
        awaitAll(calls);
    }

    @Test
    void failedBatchFallsBackToSingleDeliveries() throws Exception {
        target.onBatch = batch -> {
            throw new IllegalStateException("database rejected the batch");
        };
        target.failingSingle = "b";
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 3, NEVER);

        List<Future<?>> calls = deliverFromThreads(batcher, "a", "b", "c");
        Map<String, Throwable> failures = outcomes(calls, "a", "b", "c");

        assertEquals(Set.of("b"), failures.keySet(), "only the bad message fails");
        assertInstanceOf(DeliveryBatcher.DeliveryFailedException.class, failures.get("b"));
        assertEquals(Set.of("a", "b", "c"), new HashSet<>(target.singles), "each message delivered alone");
        assertEquals(1, target.batches.size());
    }

    @Test
    void retryPositionFailsOnlyThatMessage() throws Exception {
        target.onBatch = batch -> Set.of(batch.indexOf("c"));
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 3, NEVER);

        Map<String, Throwable> failures = outcomes(deliverFromThreads(batcher, "a", "b", "c"), "a", "b", "c");

        assertEquals(Set.of("c"), failures.keySet());
        assertEquals(List.of(), target.singles, "a retry is left to the SMSC, not delivered alone");
    }

    @Test
    void interruptedLeaderStillDeliversBatch() throws Exception {
        DeliveryBatcher<String> batcher = new DeliveryBatcher<>(target, 5, NEVER);

        Thread.currentThread().interrupt();
        batcher.deliver("a");

        assertTrue(Thread.interrupted(), "interrupt flag kept");
        assertEquals(List.of(List.of("a")), target.batches);
    }

    @Test
    void invalidSizeRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DeliveryBatcher<>(target, 0, NEVER));
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

    /** Target that records what it was given and fails where a test tells it to. */
    private static final class RecordingTarget implements DeliveryBatcher.Target<String> {
        final List<List<String>> batches = new CopyOnWriteArrayList<>();
        final List<String> singles = Collections.synchronizedList(new ArrayList<>());
        volatile Function<List<String>, Set<Integer>> onBatch = batch -> Set.of();
        volatile String failingSingle;

        @Override
        public Set<Integer> deliverAll(List<String> batch) {
            batches.add(batch);
            return onBatch.apply(batch);
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
