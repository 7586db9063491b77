package ml.modele.observation.domain.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;

/**
 * The periodic report form (rapport périodique) of an election's form set, read as report
 * themes: each free-text question is one theme (political context, security, media...), in
 * form order. It checks the sections that a report fills in before anything is stored.
 */
public final class PeriodicReportForm {

    /**
     * Longest text of one section, in characters. The current value is stored in a TEXT column
     * (65,535 bytes), which holds 16,383 characters of 4 bytes in utf8mb4; 10,000 characters is
     * about four typed pages.
     */
    public static final int MAX_SECTION_CHARS = 10_000;

    private final FormDefinition form;

    private PeriodicReportForm(FormDefinition form) {
        this.form = form;
    }

    /** Returns the periodic report form of a form set, if the set has one. */
    public static Optional<PeriodicReportForm> of(FormSet set) {
        return set.forms().stream()
                .filter(definition -> definition.kind() == FormKind.PERIODIC_REPORT)
                .findFirst()
                .map(PeriodicReportForm::new);
    }

    public FormDefinition definition() {
        return form;
    }

    /** Returns the themes: the free-text questions of the form, in form order. */
    public List<Question> themes() {
        return form.questions().stream().filter(question -> question.type() == QuestionType.TEXT).toList();
    }

    /** Returns the theme with this question code, if any. */
    public Optional<Question> theme(String code) {
        return themes().stream().filter(question -> question.code().equals(code)).findFirst();
    }

    /**
     * Checks the texts of a report and returns them in form order, stripped, without empty ones.
     *
     * @param sections question code to text; codes of other forms or types are rejected
     * @throws InvalidReportContentException for an unknown code, a missing required theme, a text
     *         longer than {@value #MAX_SECTION_CHARS} characters, or a report with no text at all
     */
    public Map<String, String> check(Map<String, String> sections) {
        for (String code : sections.keySet()) {
            if (theme(code).isEmpty()) {
                throw new InvalidReportContentException(InvalidReportContentException.Reason.UNKNOWN_THEME, code);
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Question theme : themes()) {
            String text = sections.get(theme.code());
            String stripped = text == null ? "" : text.strip();
            if (stripped.length() > MAX_SECTION_CHARS) {
                throw new InvalidReportContentException(InvalidReportContentException.Reason.TOO_LONG, theme.code());
            }
            if (stripped.isEmpty() && theme.required()) {
                throw new InvalidReportContentException(InvalidReportContentException.Reason.REQUIRED_MISSING,
                        theme.code());
            }
            if (!stripped.isEmpty()) {
                texts.put(theme.code(), stripped);
            }
        }
        if (texts.isEmpty()) {
            throw new InvalidReportContentException(InvalidReportContentException.Reason.EMPTY, "");
        }
        return texts;
    }
}
