package ml.modele.observation.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import ml.modele.observation.domain.election.BallotOption;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.election.ElectionPhase;

/**
 * Checks of an {@link ElectionDraft} that need no database: required fields, lengths within the
 * column sizes, option codes and plausible dates. Each check throws a {@link UserInputException}
 * whose message names the field, the value and what to do. {@link ElectionService} adds the
 * checks against stored data (a name already taken, an unknown map version).
 */
final class ElectionDraftCheck {

    /** Earliest election or phase date accepted: older dates are typing errors. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
    /** Latest election or phase date accepted. */
    static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    /** Letters A to Z, digits, hyphen and underscore, as typed (before upper-casing). */
    private static final Pattern OPTION_CODE = Pattern.compile("[A-Za-z0-9_-]+");
    /** The date format of the election form, used to name a date in a message. */
    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private ElectionDraftCheck() {
    }

    /** Checks that the trimmed name is present and fits its column. */
    static void checkName(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new UserInputException("election.error.nameMissing");
        }
        int length = length(trimmed);
        if (length > Election.NAME_MAX_LENGTH) {
            throw new UserInputException("election.error.nameTooLong", length, Election.NAME_MAX_LENGTH);
        }
    }

    /** Checks that the election date is present and between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
    static void checkDate(LocalDate date) {
        if (date == null) {
            throw new UserInputException("election.error.dateMissing");
        }
        if (!plausible(date)) {
            throw new UserInputException("election.error.dateOutOfRange", FORM_DATE.format(date),
                    FORM_DATE.format(EARLIEST_DATE), FORM_DATE.format(LATEST_DATE));
        }
    }

    /**
     * Checks the ballot options: at least one, each with a code of letters A to Z, digits, hyphen
     * or underscore and a label, both within their column sizes, and no code twice whatever its case.
     */
    static void checkOptions(List<ElectionDraft.OptionLine> lines) {
        if (lines.isEmpty()) {
            throw new UserInputException("election.error.noOption");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ElectionDraft.OptionLine line = lines.get(i);
            int number = i + 1;
            if (blank(line.code()) || blank(line.label())) {
                throw new UserInputException("election.error.optionIncomplete", number);
            }
            String code = line.code().trim();
            int codeLength = length(code);
            if (codeLength > BallotOption.CODE_MAX_LENGTH) {
                throw new UserInputException("election.error.optionCodeTooLong", number, code, codeLength,
                        BallotOption.CODE_MAX_LENGTH);
            }
            if (!OPTION_CODE.matcher(code).matches()) {
                throw new UserInputException("election.error.optionCodeInvalid", number, code);
            }
            int labelLength = length(line.label().trim());
            if (labelLength > BallotOption.LABEL_MAX_LENGTH) {
                throw new UserInputException("election.error.optionLabelTooLong", number, labelLength,
                        BallotOption.LABEL_MAX_LENGTH);
            }
            if (!codes.add(optionCode(code))) {
                throw new UserInputException("election.error.optionDuplicate", code);
            }
        }
    }

    /**
     * Checks the calendar: each phase has a name within its column size, a start and an end between
     * {@link #EARLIEST_DATE} and {@link #LATEST_DATE}, and does not end before it starts.
     */
    static void checkPhases(List<ElectionDraft.PhaseLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            ElectionDraft.PhaseLine line = lines.get(i);
            int number = i + 1;
            if (blank(line.name()) || line.start() == null || line.end() == null) {
                throw new UserInputException("election.error.phaseIncomplete", number);
            }
            String name = line.name().trim();
            int length = length(name);
            if (length > ElectionPhase.NAME_MAX_LENGTH) {
                throw new UserInputException("election.error.phaseNameTooLong", number, length,
                        ElectionPhase.NAME_MAX_LENGTH);
            }
            if (!plausible(line.start())) {
                throw new UserInputException("election.error.phaseStartOutOfRange", number, name,
                        FORM_DATE.format(line.start()), FORM_DATE.format(EARLIEST_DATE), FORM_DATE.format(LATEST_DATE));
            }
            if (!plausible(line.end())) {
                throw new UserInputException("election.error.phaseEndOutOfRange", number, name,
                        FORM_DATE.format(line.end()), FORM_DATE.format(EARLIEST_DATE), FORM_DATE.format(LATEST_DATE));
            }
            if (line.end().isBefore(line.start())) {
                throw new UserInputException("election.error.phaseDates", name);
            }
        }
    }

    /** Returns an option code as stored: trimmed and in upper case. */
    static String optionCode(String typed) {
        return typed.trim().toUpperCase(Locale.ROOT);
    }

    private static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /** Counts characters as MariaDB counts them in a utf8mb4 column: by code point. */
    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
