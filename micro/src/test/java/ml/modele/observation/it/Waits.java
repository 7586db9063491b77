package ml.modele.observation.it;

import java.util.concurrent.TimeUnit;

/** Pauses of the integration tests' polling loops. */
final class Waits {

    private Waits() {
    }

    /** Sleeps, and keeps the thread's interrupt flag instead of throwing when interrupted. */
    static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
