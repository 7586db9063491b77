package ml.modele.observation.domain.submission;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.smpp.codec.PhoneNumbers;

/**
 * Parses and validates coded SMS: {@code FORM OBSERVER_CODE CODEvalue CODEvalue ... [@ free comment]},
 * for example {@code RES 123459 A450 B312 C12 D300 E180 F120}.
 *
 * <p>Reading rules, before the first {@code @}: letters are folded to upper case without accents;
 * every character other than a letter or a digit is ignored, so "a 3,1.2" is "A312". The form
 * code is the leading run of letters. After it, O, I and L are digits (0, 1, 1), because no code
 * contains them. The observer code is the first run of digits. Then each run of other letters is
 * a question code, and the digits that follow are its value. A run of letters that matches no code
 * and is longer than any code by more than 2, or longer than any code and followed by no digit,
 * starts free text typed without {@code @}: from there on, the message is kept as the comment.
 * Text after {@code @} is kept as typed, without surrounding white space.
 *
 * <p>Instances are immutable and thread-safe when the directory is.
 */
public final class SmsParser {

    private static final char SEPARATOR = ' ';

    private final Map<String, FormDefinition> forms = new HashMap<>();
    private final String smsFormCodes;
    private final ObserverDirectory directory;

    public SmsParser(FormSet formSet, ObserverDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        List<String> codes = new ArrayList<>();
        for (FormDefinition form : formSet.forms()) {
            forms.putIfAbsent(form.code(), form);
            if (form.kind().smsAllowed()) {
                codes.add(form.code());
            }
        }
        this.smsFormCodes = String.join(" ", codes);
    }

    /**
     * Parses and validates one message.
     *
     * @param sender source address as received from the SMSC
     * @param text   message text, null read as empty
     */
    public ParsedSubmission parse(String sender, String text) {
        Parse parse = new Parse(sender == null ? "" : sender, text == null ? "" : text, true);
        parse.run();
        return parse.result();
    }

    /**
     * Parses and validates answers that an observer entered after logging in, written in the SMS
     * form ("DVT 123459 A1 B2 @ comment"). The rules are those of {@link #parse}, except that no
     * sender number is checked: the login already proved who the observer is.
     */
    public ParsedSubmission parseAuthenticated(String text) {
        Parse parse = new Parse("", text == null ? "" : text, false);
        parse.run();
        return parse.result();
    }

    /** Returns the codes of the forms that can be sent by SMS, separated by spaces. */
    public String smsFormCodes() {
        return smsFormCodes;
    }

    /** Folds one character to A-Z, 0-9, or the separator. */
    static char fold(char c) {
        if (c >= 'a' && c <= 'z') {
            return (char) (c - ('a' - 'A'));
        }
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return c;
        }
        if (c < 128) {
            return SEPARATOR;
        }
        if (Character.isDigit(c)) {
            return (char) ('0' + Character.digit(c, 10));
        }
        if (Character.isLetter(c)) {
            char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            base = Character.toUpperCase(base);
            return base >= 'A' && base <= 'Z' ? base : SEPARATOR;
        }
        return SEPARATOR;
    }

    private static boolean isDigit(char folded) {
        return (folded >= '0' && folded <= '9') || folded == 'O' || folded == 'I' || folded == 'L';
    }

    private static boolean isCodeLetter(char folded) {
        return folded >= 'A' && folded <= 'Z' && !isDigit(folded);
    }

    private static char digitValue(char folded) {
        return switch (folded) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> folded;
        };
    }

    /** State of one parse; not shared between threads. */
    private final class Parse {
        private final String sender;
        private final String text;
        private final char[] folded;
        private String comment;
        private int position;

        private FormDefinition form;
        private String observerCode = "";
        private ObserverProfile observer;
        private ObserverProfile phoneOwner;
        private Optional<String> senderNumber;
        private final Map<String, Answer> answers = new LinkedHashMap<>();
        private final Set<String> mentionedCodes = new HashSet<>();
        private final Set<String> conflictingCodes = new HashSet<>();
        private final List<SubmissionError> errors = new ArrayList<>();
        private final Set<SubmissionFlag> flags = EnumSet.noneOf(SubmissionFlag.class);
        private final List<String> missingCodes = new ArrayList<>();
        private final boolean senderChecked;

        Parse(String sender, String text, boolean senderChecked) {
            this.sender = sender;
            this.senderChecked = senderChecked;
            this.text = text;
            int at = text.indexOf('@');
            String head = at < 0 ? text : text.substring(0, at);
            this.comment = at < 0 ? "" : text.substring(at + 1).strip();
            this.folded = new char[head.length()];
            for (int i = 0; i < folded.length; i++) {
                folded[i] = fold(head.charAt(i));
            }
        }

        void run() {
            senderNumber = PhoneNumbers.normalize(sender).e164();
            phoneOwner = senderNumber.flatMap(directory::findByPhone).orElse(null);
            skipSeparators();
            if (position == folded.length) {
                errors.add(SubmissionError.of(comment.isEmpty()
                        ? SubmissionError.Type.EMPTY_MESSAGE : SubmissionError.Type.MISSING_FORM, ""));
                return;
            }
            if (!readForm()) {
                return;
            }
            readObserver();
            readAnswers();
            checkRequired();
            if (form.kind() == FormKind.RESULTS) {
                new SheetArithmetic(form, answers.values(), stationRegistered()).check(errors);
                if (errors.stream().anyMatch(error -> error.type().arithmetic())) {
                    flags.add(SubmissionFlag.ARITHMETIC_FAILED);
                }
            }
            checkSender();
        }

        private boolean readForm() {
            int start = position;
            while (position < folded.length && folded[position] >= 'A' && folded[position] <= 'Z') {
                position++;
            }
            String code = new String(folded, start, position - start);
            if (code.isEmpty()) {
                errors.add(SubmissionError.of(SubmissionError.Type.MISSING_FORM, ""));
                return false;
            }
            form = forms.get(code);
            if (form == null) {
                errors.add(new SubmissionError(SubmissionError.Type.UNKNOWN_FORM, "", code, smsFormCodes));
                return false;
            }
            if (!form.kind().smsAllowed()) {
                errors.add(new SubmissionError(SubmissionError.Type.WEB_ONLY_FORM, "", code, smsFormCodes));
                form = null;
                return false;
            }
            return true;
        }

        private void readObserver() {
            observerCode = readDigits();
            Optional<ObserverCode.Problem> problem = ObserverCode.check(observerCode);
            if (problem.isEmpty()) {
                observer = directory.findByCode(ObserverCode.parse(observerCode)).orElse(null);
                if (observer == null) {
                    errors.add(SubmissionError.of(SubmissionError.Type.UNKNOWN_OBSERVER, observerCode));
                }
                return;
            }
            SubmissionError.Type type = switch (problem.get()) {
                case EMPTY -> SubmissionError.Type.MISSING_OBSERVER_CODE;
                case BAD_CHECK_DIGIT -> SubmissionError.Type.BAD_CHECK_DIGIT;
                default -> SubmissionError.Type.INVALID_OBSERVER_CODE;
            };
            errors.add(new SubmissionError(type, "", observerCode, String.valueOf(ObserverCode.LENGTH)));
        }

        private void readAnswers() {
            int longest = form.longestQuestionCode();
            while (true) {
                skipSeparators();
                if (position == folded.length) {
                    return;
                }
                int start = position;
                String code = readLetters();
                String value = readDigits();
                boolean known = form.question(code).isPresent();
                if (!known && (code.length() > longest + 2 || (value.isEmpty() && code.length() > longest))) {
                    keepUncodedText(start);
                    return;
                }
                if (code.isEmpty()) {
                    // Only reachable when digits follow the observer code's run, which readDigits consumed.
                    errors.add(new SubmissionError(SubmissionError.Type.UNKNOWN_QUESTION, "", value, codes()));
                } else {
                    addAnswer(code, value);
                }
            }
        }

        private void keepUncodedText(int start) {
            String uncoded = text.substring(start).strip();
            comment = uncoded;
            flags.add(SubmissionFlag.TEXT_WITHOUT_AT);
        }

        private void addAnswer(String code, String digits) {
            Optional<Question> question = form.question(code);
            if (question.isEmpty()) {
                errors.add(new SubmissionError(SubmissionError.Type.UNKNOWN_QUESTION, code, digits, codes()));
                return;
            }
            mentionedCodes.add(code);
            Optional<Answer> answer = AnswerReader.read(question.get(), digits, errors);
            if (answer.isEmpty() || conflictingCodes.contains(code)) {
                return;
            }
            Answer earlier = answers.get(code);
            if (earlier != null && !earlier.value().equals(answer.get().value())) {
                answers.remove(code);
                conflictingCodes.add(code);
                errors.add(new SubmissionError(SubmissionError.Type.CONFLICTING_ANSWER, code,
                        earlier.value() + " " + answer.get().value(), ""));
                return;
            }
            answers.put(code, answer.get());
        }

        private void checkRequired() {
            for (Question question : form.questions()) {
                if (question.required() && !mentionedCodes.contains(question.code())) {
                    missingCodes.add(question.code());
                }
            }
            if (missingCodes.isEmpty()) {
                return;
            }
            if (form.kind() == FormKind.CHECKLIST) {
                // A checklist is answered over several messages, so a gap is only marked.
                flags.add(SubmissionFlag.INCOMPLETE);
            } else {
                errors.add(new SubmissionError(SubmissionError.Type.MISSING_REQUIRED, String.join(" ", missingCodes),
                        "", ""));
            }
        }

        private Integer stationRegistered() {
            if (observer == null || observer.stationCode().isEmpty()) {
                return null;
            }
            var registered = directory.registeredVoters(observer.stationCode());
            return registered.isPresent() ? registered.getAsInt() : null;
        }

        private void checkSender() {
            if (observer == null || !senderChecked) {
                return;
            }
            // The observer's own phone list decides, so a phone shared by two observers verifies both.
            if (senderNumber.isEmpty() || !observer.phones().contains(senderNumber.get())) {
                flags.add(SubmissionFlag.UNVERIFIED_SENDER);
            }
        }

        private String codes() {
            return String.join(" ", form.questionsByCode().keySet());
        }

        private void skipSeparators() {
            while (position < folded.length && folded[position] == SEPARATOR) {
                position++;
            }
        }

        // NOTE: an O, I or L right after a value extends it: "F120 OK" reads F=1200 and an
        // unknown code K. The range check, the sheet arithmetic and the error reply catch most
        // such cases, but a checklist number within range would be stored as read.
        private String readDigits() {
            StringBuilder digits = new StringBuilder();
            while (position < folded.length) {
                char c = folded[position];
                if (c == SEPARATOR) {
                    position++;
                } else if (isDigit(c)) {
                    digits.append(digitValue(c));
                    position++;
                } else {
                    break;
                }
            }
            return digits.toString();
        }

        private String readLetters() {
            StringBuilder letters = new StringBuilder();
            while (position < folded.length) {
                char c = folded[position];
                if (c == SEPARATOR) {
                    position++;
                } else if (isCodeLetter(c)) {
                    letters.append(c);
                    position++;
                } else {
                    break;
                }
            }
            return letters.toString();
        }

        ParsedSubmission result() {
            return new ParsedSubmission(text, sender, Optional.ofNullable(form), observerCode,
                    Optional.ofNullable(observer), Optional.ofNullable(phoneOwner), List.copyOf(answers.values()), errors, flags, missingCodes,
                    comment);
        }
    }
}
