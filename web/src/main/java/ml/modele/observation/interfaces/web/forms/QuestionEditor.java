package ml.modele.observation.interfaces.web.forms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;
import ml.modele.observation.domain.form.ResultFigure;

/**
 * Fields of the designer's question editor, turned into a {@link Question}. This class checks only
 * the shape of the input (numbers, choice lines), because the code rules belong to the domain's
 * validator.
 */
public class QuestionEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Separator of the code and the two labels on a line of the choices field: "1;Oui;Yes". */
    private static final String CHOICE_SEPARATOR = ";";

    private String code = "";
    private String labelFr = "";
    private String labelEn = "";
    private QuestionType type = QuestionType.YES_NO;
    private String min = "";
    private String max = "";
    private String choices = "";
    private boolean required;
    private String section = "";
    private ResultFigure figure;

    /** Fills the fields for a new question of the given section. */
    void clear(String defaultSection) {
        code = "";
        labelFr = "";
        labelEn = "";
        type = QuestionType.YES_NO;
        min = "";
        max = "";
        choices = "";
        required = false;
        section = defaultSection;
        figure = null;
    }

    /** Fills the fields from a stored question. */
    void fill(Question question) {
        code = question.code();
        labelFr = question.labelFr();
        labelEn = question.labelEn();
        type = question.type();
        min = question.min() == null ? "" : question.min().toString();
        max = question.max() == null ? "" : question.max().toString();
        List<String> lines = new ArrayList<>();
        for (Choice choice : question.choices()) {
            lines.add(choice.code() + CHOICE_SEPARATOR + choice.labelFr() + CHOICE_SEPARATOR + choice.labelEn());
        }
        choices = String.join("\n", lines);
        required = question.required();
        section = question.section();
        figure = question.figure();
    }

    /**
     * Builds the question from the fields. The code is trimmed and folded to upper case, as the
     * SMS parser reads it. The range applies to number questions only, and the choices to choice
     * questions only.
     *
     * @throws UserInputException when a number, a choice line or the section cannot be read
     */
    Question toQuestion() {
        if (section.isBlank()) {
            throw new UserInputException("forms.designer.noSection");
        }
        String normalizedCode = code.trim().toUpperCase(Locale.ROOT);
        Integer minimum = type == QuestionType.NUMBER ? number("forms.designer.invalidMin", min) : null;
        Integer maximum = type == QuestionType.NUMBER ? number("forms.designer.invalidMax", max) : null;
        List<Choice> choiceList = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE
                ? choiceList() : List.of();
        ResultFigure carried = type == QuestionType.NUMBER ? figure : null;
        return new Question(normalizedCode, labelFr.trim(), labelEn.trim(), type, minimum, maximum, choiceList,
                required, section.trim(), carried);
    }

    private static Integer number(String errorKey, String text) {
        String trimmed = text.trim();
        try {
            return Integer.valueOf(trimmed);
        } catch (NumberFormatException e) {
            throw new UserInputException(errorKey, trimmed);
        }
    }

    private List<Choice> choiceList() {
        List<Choice> list = new ArrayList<>();
        for (String line : choices.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(CHOICE_SEPARATOR, -1);
            if (parts.length != 3) {
                throw new UserInputException("forms.designer.choiceLine", line.trim());
            }
            list.add(new Choice(parts[0].trim(), parts[1].trim(), parts[2].trim()));
        }
        return list;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr == null ? "" : labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn == null ? "" : labelEn;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type == null ? QuestionType.YES_NO : type;
    }

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min == null ? "" : min;
    }

    public String getMax() {
        return max;
    }

    public void setMax(String max) {
        this.max = max == null ? "" : max;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices == null ? "" : choices;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section == null ? "" : section;
    }

    public ResultFigure getFigure() {
        return figure;
    }

    public void setFigure(ResultFigure figure) {
        this.figure = figure;
    }
}
