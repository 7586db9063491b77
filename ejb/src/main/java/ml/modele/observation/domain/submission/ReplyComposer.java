package ml.modele.observation.domain.submission;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;
import ml.modele.observation.smpp.codec.Gsm7;

/**
 * Composes the one reply that every message gets: an acknowledgement repeating what was
 * understood, or the first error naming the code, the value and what to send instead.
 *
 * <p>Texts come from the bundle {@code ml.modele.observation.i18n.sms}, in the observer's language
 * (see {@link ParsedSubmission#replyLanguage}). A reply is GSM-7 and at most {@value #MAX_LENGTH}
 * characters, so it fits in one SMS: optional parts (other errors, the list of answers) are
 * shortened first, and the text is cut only as a last resort.
 */
public final class ReplyComposer {

    /** Characters of one GSM-7 SMS without concatenation. */
    public static final int MAX_LENGTH = 160;

    private static final Logger LOG = Logger.getLogger(ReplyComposer.class.getName());
    private static final String BUNDLE = "ml.modele.observation.i18n.sms";
    private static final int MAX_ECHOED_VALUE = 12;
    private static final String ELLIPSIS = "...";

    private final String smsFormCodes;
    private final Map<Language, Map<String, MessageFormat>> formats = new EnumMap<>(Language.class);

    public ReplyComposer(FormSet formSet) {
        List<String> codes = new ArrayList<>();
        for (FormDefinition form : formSet.forms()) {
            if (form.kind().smsAllowed()) {
                codes.add(form.code());
            }
        }
        this.smsFormCodes = String.join(" ", codes);
        // Each pattern is parsed once here rather than on every reply.
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, MessageFormat> byKey = new HashMap<>();
            for (String key : bundle.keySet()) {
                byKey.put(key, new MessageFormat(bundle.getString(key), bundle.getLocale()));
            }
            formats.put(language, byKey);
        }
    }

    /** Returns the reply to a parsed message. */
    public Reply compose(ParsedSubmission submission) {
        Language language = submission.replyLanguage();
        Map<String, MessageFormat> bundle = formats.get(language);
        String text = submission.errors().isEmpty()
                ? acknowledgement(bundle, submission)
                : errorReply(bundle, submission);
        if (!Gsm7.canEncode(text)) {
            // Only reachable through a bundle text outside GSM-7: the echoed values are folded to A-Z and 0-9.
            LOG.log(Level.WARNING, "Reply text is not GSM-7, check the sms bundle: {0}", text);
        }
        return new Reply(text, language);
    }

    private String acknowledgement(Map<String, MessageFormat> bundle, ParsedSubmission submission) {
        String form = submission.form().orElseThrow().code();
        String observer = submission.observerCode();
        StringBuilder suffix = new StringBuilder();
        if (!submission.missingCodes().isEmpty()) {
            suffix.append(format(bundle, "sms.ack.missing", String.join(" ", submission.missingCodes())));
        }
        if (submission.flagged(SubmissionFlag.TEXT_WITHOUT_AT)) {
            suffix.append(format(bundle, "sms.ack.text_without_at"));
        }
        if (submission.flagged(SubmissionFlag.UNVERIFIED_SENDER)) {
            suffix.append(format(bundle, "sms.ack.unverified"));
        }
        suffix.append(format(bundle, "sms.ack.thanks"));

        if (submission.answers().isEmpty() && submission.comment().isEmpty()) {
            String example = example(submission.form().get());
            return fit(format(bundle, "sms.ack.none", form, observer, example), suffix.toString());
        }

        List<String> items = new ArrayList<>();
        for (Answer answer : submission.answers()) {
            items.add(answer.compact());
        }
        if (!submission.comment().isEmpty()) {
            items.add(format(bundle, "sms.summary.comment"));
        }
        // Drop answers from the end of the summary until the reply fits.
        for (int shown = items.size(); shown >= 0; shown--) {
            String summary = String.join(" ", items.subList(0, shown)) + (shown < items.size() ? ELLIPSIS : "");
            String text = format(bundle, "sms.ack", form, observer, summary) + suffix;
            if (text.length() <= MAX_LENGTH) {
                return text;
            }
        }
        return fit(format(bundle, "sms.ack", form, observer, ELLIPSIS), suffix.toString());
    }

    private String errorReply(Map<String, MessageFormat> bundle, ParsedSubmission submission) {
        SubmissionError error = submission.errors().get(0);
        String form = submission.form().map(FormDefinition::code).orElse("");
        String expected = expected(bundle, submission, error);
        String main = format(bundle, error.type().replyKey(), form, submission.observerCode(), error.questionCode(),
                shorten(error.value()), expected, smsFormCodes);

        StringBuilder suffix = new StringBuilder();
        int others = submission.errors().size() - 1;
        if (others > 0) {
            suffix.append(format(bundle, "sms.more_errors", others));
        }
        if (submission.accepted() && !submission.answers().isEmpty()) {
            suffix.append(format(bundle, "sms.kept"));
        }
        return fit(main, suffix.toString());
    }

    /** Returns the "what to send" part of an error, in the reply's language. */
    private String expected(Map<String, MessageFormat> bundle, ParsedSubmission submission, SubmissionError error) {
        if (error.questionCode().isEmpty() || submission.form().isEmpty()) {
            return error.expected();
        }
        Question question = submission.form().get().question(error.questionCode()).orElse(null);
        if (question == null) {
            return error.expected();
        }
        return switch (error.type()) {
            // Numbers are passed as text: MessageFormat would group them with a non-GSM-7 space in French.
            case OUT_OF_RANGE -> format(bundle, "sms.hint.range", String.valueOf(question.min()),
                    String.valueOf(question.max()));
            case INVALID_CHOICE -> choiceHint(bundle, question);
            default -> error.expected();
        };
    }

    private String choiceHint(Map<String, MessageFormat> bundle, Question question) {
        if (question.type() == QuestionType.YES_NO) {
            return format(bundle, "sms.hint.yes_no", question.code());
        }
        List<Choice> choices = question.choices();
        String first = choices.get(0).code();
        String last = choices.get(choices.size() - 1).code();
        String key = question.type() == QuestionType.SINGLE_CHOICE ? "sms.hint.single_choice" : "sms.hint.multiple_choice";
        return format(bundle, key, question.code(), first, last);
    }

    /** Returns an example answer for the first question: "A1". */
    private static String example(FormDefinition form) {
        for (Question question : form.questions()) {
            switch (question.type()) {
                case NUMBER -> {
                    return question.code() + Math.max(question.min(), Math.min(question.max(), 1));
                }
                case YES_NO -> {
                    return question.code() + Question.YES;
                }
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    return question.code() + question.choices().get(0).code();
                }
                default -> {
                    // A text question cannot serve as an SMS example.
                }
            }
        }
        return "";
    }

    /** Appends the suffix when it fits, and cuts the main text only when it alone is too long. */
    private static String fit(String main, String suffix) {
        if (main.length() + suffix.length() <= MAX_LENGTH) {
            return main + suffix;
        }
        if (main.length() <= MAX_LENGTH) {
            return main;
        }
        return main.substring(0, MAX_LENGTH - ELLIPSIS.length()) + ELLIPSIS;
    }

    private static String shorten(String value) {
        return value.length() <= MAX_ECHOED_VALUE ? value : value.substring(0, MAX_ECHOED_VALUE - 2) + "..";
    }

    private static String format(Map<String, MessageFormat> bundle, String key, Object... args) {
        MessageFormat format = bundle.get(key);
        if (format == null) {
            throw new MissingResourceException("missing SMS text " + key, BUNDLE, key);
        }
        // MessageFormat is not thread-safe, so each use locks its instance.
        synchronized (format) {
            return format.format(args);
        }
    }
}
