package ml.modele.observation.domain.submission;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.observer.ObserverCode;

/**
 * Outcome of parsing and validating one SMS.
 *
 * @param text         the message as received
 * @param sender       the sender's address as received
 * @param form         the form named by the message, empty when it is missing or unknown
 * @param observerCode the observer code as read (digits after folding O, I and L), empty when missing
 * @param observer     the observer found in the directory, empty when the code is invalid or unknown
 * @param phoneOwner   the observer whose phone sent the message, empty when the number is unknown.
 *                     It differs from the observer when someone sends with another observer's code
 * @param answers      the valid answers, in message order; kept even when other answers are wrong
 * @param errors       the problems found, most basic first
 * @param flags        marks for the EVA
 * @param missingCodes required questions left unanswered: by this message alone as parsed, or by the
 *                     checklist record once merged (see {@link #judgedAgainstRecord})
 * @param comment      the free text after {@code @} (or uncoded text, see TEXT_WITHOUT_AT),
 *                     without surrounding white space; empty when there is none
 */
public record ParsedSubmission(String text, String sender, Optional<FormDefinition> form, String observerCode,
        Optional<ObserverProfile> observer, Optional<ObserverProfile> phoneOwner, List<Answer> answers, List<SubmissionError> errors,
        Set<SubmissionFlag> flags, List<String> missingCodes, String comment) {

    public ParsedSubmission {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(observerCode, "observerCode");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(phoneOwner, "phoneOwner");
        Objects.requireNonNull(comment, "comment");
        answers = List.copyOf(answers);
        errors = List.copyOf(errors);
        flags = Set.copyOf(flags);
        missingCodes = List.copyOf(missingCodes);
    }

    /**
     * Returns this outcome with its missing codes judged against the observer's stored record.
     * A checklist is one record per observer and station, filled question by question over several
     * messages, so a required question is missing only when neither the record nor this message
     * answers it, and the INCOMPLETE flag follows. A code that this message sent with an invalid
     * value stays out of the list, as in the parse, because its error reply names it. Other forms are returned unchanged: an incident is
     * a new record per message, and a result sheet is judged on the figures of the message.
     *
     * @param recordCodes codes of the questions that the record has a value for, before or after
     *                    this message's answers were stored
     */
    public ParsedSubmission judgedAgainstRecord(Set<String> recordCodes) {
        if (form.isEmpty() || form.get().kind() != FormKind.CHECKLIST || missingCodes.isEmpty()) {
            return this;
        }
        List<String> stillMissing = missingCodes.stream()
                .filter(code -> !recordCodes.contains(code))
                .toList();
        Set<SubmissionFlag> judgedFlags = flags.isEmpty() ? EnumSet.noneOf(SubmissionFlag.class) : EnumSet.copyOf(flags);
        if (stillMissing.isEmpty()) {
            judgedFlags.remove(SubmissionFlag.INCOMPLETE);
        }
        return new ParsedSubmission(text, sender, form, observerCode, observer, phoneOwner, answers, errors,
                judgedFlags, stillMissing, comment);
    }

    /** Returns true when the form and the observer are known, so that the answers can be stored. */
    public boolean accepted() {
        return form.isPresent() && observer.isPresent();
    }

    /**
     * Returns true when a results message may enter the tabulation: accepted, without any error
     * and with its arithmetic right. Always false for other forms. The UNVERIFIED_SENDER flag does
     * not change it: whether an unverified sheet counts before the EVA's check is the caller's rule.
     */
    public boolean countable() {
        return accepted() && form.get().kind() == FormKind.RESULTS && errors.isEmpty();
    }

    /** Returns the valid answer to a question, if any. */
    public Optional<Answer> answer(String questionCode) {
        for (Answer answer : answers) {
            if (answer.code().equals(questionCode)) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }

    /** Returns the observer code, when it was read and is valid. */
    public Optional<ObserverCode> validObserverCode() {
        return ObserverCode.isValid(observerCode) ? Optional.of(ObserverCode.parse(observerCode)) : Optional.empty();
    }

    /** Returns the language of the reply: the observer's, else the phone owner's, else French. */
    public Language replyLanguage() {
        return observer.or(() -> phoneOwner).map(ObserverProfile::language).orElse(Language.FRENCH);
    }

    /** Returns true when the message has a flag. */
    public boolean flagged(SubmissionFlag flag) {
        return flags.contains(flag);
    }
}
