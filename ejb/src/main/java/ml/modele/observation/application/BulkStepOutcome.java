package ml.modele.observation.application;

import java.util.List;

/**
 * Result of a step taken on a selection of observers: the codes of those who moved, and the
 * rejected ones with the reason, in the order of the selection.
 */
public record BulkStepOutcome(List<String> moved, List<Rejection> rejected) {

    /** An observer who could not move, with the message key and arguments of the reason. */
    public record Rejection(String observerCode, String messageKey, Object[] arguments) {
    }
}
