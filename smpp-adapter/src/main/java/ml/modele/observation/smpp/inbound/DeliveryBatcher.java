package ml.modele.observation.smpp.inbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit of deliveries: worker threads that deliver at about the same time share one call
 * of {@link Target#deliverAll}, so that one transaction stores all their messages.
 *
 * <p>The first thread that finds no open batch opens one and leads it. While {@code busyBatches}
 * or more other batches are being delivered, the leader waits until its batch has
 * {@code maxSize} messages or {@code maxWait} has passed since it opened; messages that arrive
 * meanwhile join the open batch and their threads wait. Otherwise it waits no longer, so that a
 * message at low or moderate traffic is not delayed. The leader then closes the batch and
 * delivers it. Every thread then returns, or throws, with the outcome of its own message, so the
 * caller sends each PDU's response only after the commit that stored it. When the batch call fails, each thread
 * delivers its own message again alone through {@link Target#deliver}, so that one bad message
 * does not fail the others. Several closed batches may be delivered at once, one per leader.
 *
 * @param <T> the delivered message type
 */
final class DeliveryBatcher<T> {

    /** Receiver of batches and single messages: for the adapter, the message-driven bean. */
    interface Target<T> {

        /**
         * Delivers the messages in one transaction and returns after its commit.
         *
         * @return the positions in {@code batch} of the messages to reject with a temporary error
         *         so that the SMSC delivers them again; empty when every message was handled
         */
        Set<Integer> deliverAll(List<T> batch) throws Exception;

        /** Delivers one message in a transaction of its own and returns after its commit. */
        void deliver(T message) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(DeliveryBatcher.class.getName());

    private final Target<T> target;
    private final int maxSize;
    private final long maxWaitNanos;
    private final int busyBatches;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when the open batch fills up or a delivery ends. */
    private final Condition changed = lock.newCondition();
    private Batch<T> open;
    private int delivering;

    /**
     * @param busyBatches batches in delivery from which a new batch waits to fill up; 1 makes it
     *                    wait while any batch is being delivered
     */
    DeliveryBatcher(Target<T> target, int maxSize, Duration maxWait, int busyBatches) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("Invalid batch size " + maxSize + ": expected at least 1");
        }
        if (busyBatches < 1) {
            throw new IllegalArgumentException("Invalid busy batch count " + busyBatches + ": expected at least 1");
        }
        this.busyBatches = busyBatches;
        this.target = target;
        this.maxSize = maxSize;
        this.maxWaitNanos = maxWait.toNanos();
    }

    /**
     * Delivers the message with others that arrive within the wait, and returns once the
     * transaction that stored it committed.
     *
     * @throws DeliveryFailedException when the message was not stored, or its target asked for it
     *                                 to be delivered again
     */
    void deliver(T message) throws DeliveryFailedException {
        Batch<T> batch;
        int position;
        boolean leader;
        lock.lock();
        try {
            leader = open == null;
            if (leader) {
                open = new Batch<>(System.nanoTime() + maxWaitNanos);
            }
            batch = open;
            position = batch.messages.size();
            batch.messages.add(message);
            if (batch.messages.size() >= maxSize) {
                open = null;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }

        if (leader) {
            try {
                awaitClose(batch);
                try {
                    batch.outcome.complete(deliverBatch(batch.messages));
                } finally {
                    endDelivery();
                }
            } finally {
                // Only has an effect when an error escaped above: it releases the waiting threads.
                batch.outcome.completeExceptionally(new IllegalStateException("The batch leader failed"));
            }
        }
        outcomeOf(batch, position, message);
    }

    /**
     * Waits until the batch is full, its time is up or fewer than {@code busyBatches} other
     * batches are being delivered, closes it if no other thread did, and counts its delivery.
     */
    private void awaitClose(Batch<T> batch) {
        boolean interrupted = false;
        lock.lock();
        try {
            while (open == batch && delivering >= busyBatches) {
                long remaining = batch.deadline - System.nanoTime();
                if (remaining <= 0) {
                    break;
                }
                try {
                    changed.awaitNanos(remaining);
                } catch (InterruptedException e) {
                    // The other threads wait for this batch, so it is delivered now rather than dropped.
                    interrupted = true;
                    break;
                }
            }
            if (open == batch) {
                open = null;
            }
            delivering++;
        } finally {
            lock.unlock();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void endDelivery() {
        lock.lock();
        try {
            delivering--;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Returns the positions to deliver again, or null when the batch call failed and each message goes alone. */
    private Set<Integer> deliverBatch(List<T> messages) {
        try {
            return target.deliverAll(List.copyOf(messages));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Delivery of a batch of " + messages.size()
                    + " messages failed; delivering each message alone", e);
            return null;
        }
    }

    private void outcomeOf(Batch<T> batch, int position, T message) throws DeliveryFailedException {
        Set<Integer> retry;
        try {
            // Uninterruptible on purpose: returning before the outcome is known would acknowledge a
            // message that may not be committed.
            retry = batch.outcome.join();
        } catch (CompletionException e) {
            throw new DeliveryFailedException("Batch outcome unavailable", e.getCause());
        }
        if (retry == null) {
            try {
                target.deliver(message);
            } catch (Exception e) {
                throw new DeliveryFailedException("Delivery failed alone after its batch failed", e);
            }
            return;
        }
        if (retry.contains(position)) {
            throw new DeliveryFailedException("The application asked for the message to be delivered again", null);
        }
    }

    /** One group of messages and, once delivered, its outcome. */
    private static final class Batch<T> {
        final List<T> messages = new ArrayList<>();
        final long deadline;
        final CompletableFuture<Set<Integer>> outcome = new CompletableFuture<>();

        Batch(long deadline) {
            this.deadline = deadline;
        }
    }

    /** A message that was not stored, or that the application wants delivered again. */
    static final class DeliveryFailedException extends Exception {

        private static final long serialVersionUID = 1L;

        DeliveryFailedException(String message, Throwable cause) {
            super(cause == null ? message : message + ": " + cause, cause);
        }
    }
}
