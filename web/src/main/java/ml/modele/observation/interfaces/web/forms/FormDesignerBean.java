package ml.modele.observation.interfaces.web.forms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.form.FormProblem;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.FormSetChangeRules;
import ml.modele.observation.domain.form.FormSetImportException;
import ml.modele.observation.domain.form.FormSetValidator;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;
import ml.modele.observation.domain.form.ResultFigure;
import ml.modele.observation.domain.form.StoredAnswers;
import ml.modele.observation.domain.form.StoredFormSet;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Form designer (concepteur de formulaires): edits a copy of an election's form set and stores it
 * in one step. Each edit is checked at once with the domain's rules, and an edit that brings a new
 * problem is rejected with its message, so the copy stays as usable as the stored set. Problems of
 * an unfinished copy (a new form without questions, a results form without all its figures) wait
 * until the save, which checks everything again in {@link FormSetService#save}.
 */
@Named("formDesignerBean")
@ViewScoped
public class FormDesignerBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Problems of a copy still being built, which only the save reports. */
    private static final Set<FormProblem.Type> UNFINISHED = EnumSet.of(FormProblem.Type.NO_FORMS,
            FormProblem.Type.NO_QUESTIONS, FormProblem.Type.INVALID_RESULT_FIGURES);

    @EJB
    private FormSetService formSets;

    @EJB
    private ElectionService elections;

    @Inject
    private Messages messages;

    private List<Election> electionList = List.of();
    private Long electionId;

    private FormSet stored;
    private long storedVersion;
    private StoredAnswers answers = StoredAnswers.none();
    private String setName;
    private List<FormDefinition> forms = new ArrayList<>();
    private boolean modified;

    private String selectedCode;
    private boolean formEditorOpen;
    /** Code of the form being edited, null while a new form is entered. */
    private String editedFormCode;
    private String formCode = "";
    private FormKind formKind = FormKind.CHECKLIST;
    private String formTitleFr = "";
    private String formTitleEn = "";

    private boolean questionEditorOpen;
    /** Index of the question being edited in the selected form, -1 while a new question is entered. */
    private int editedQuestion = -1;
    private final QuestionEditor question = new QuestionEditor();

    /** Loads the elections and the form set of the chosen one, on the first request of the view. */
    public void load() {
        electionList = elections.list();
        if (electionId == null && !electionList.isEmpty()) {
            electionId = electionList.get(0).getId();
        }
        if (electionId != null) {
            reload();
        }
    }

    /** Drops the unsaved changes and reads the stored set again. */
    public void discard() {
        reload();
        info("forms.designer.discarded");
    }

    /** Stores the edited copy, which the service checks again against the submissions stored meanwhile. */
    public void save() {
        try {
            StoredFormSet saved = formSets.save(electionId, new FormSet(setName, forms), storedVersion);
            keep(saved);
            info("forms.designer.saved", saved.getName());
        } catch (FormSetImportException e) {
            for (FormProblem problem : e.problems()) {
                error(problem);
            }
            error("forms.designer.notSaved", e.problems().size());
        } catch (UserInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    public void selectForm(String code) {
        selectedCode = code;
        formEditorOpen = false;
        questionEditorOpen = false;
    }

    public void newForm() {
        editedFormCode = null;
        formCode = "";
        formKind = FormKind.CHECKLIST;
        formTitleFr = "";
        formTitleEn = "";
        formEditorOpen = true;
        questionEditorOpen = false;
    }

    public void editForm() {
        FormDefinition form = selectedForm();
        editedFormCode = form.code();
        formCode = form.code();
        formKind = form.kind();
        formTitleFr = form.titleFr();
        formTitleEn = form.titleEn();
        formEditorOpen = true;
        questionEditorOpen = false;
    }

    /** Adds the new form or applies the form editor's fields to the edited one. */
    public void applyForm() {
        String code = formCode.trim().toUpperCase(Locale.ROOT);
        List<FormDefinition> candidate = new ArrayList<>(forms);
        if (editedFormCode == null) {
            candidate.add(new FormDefinition(code, formKind, formTitleFr.trim(), formTitleEn.trim(), List.of()));
        } else {
            int index = indexOfForm(editedFormCode);
            candidate.set(index, new FormDefinition(code, formKind, formTitleFr.trim(), formTitleEn.trim(),
                    forms.get(index).questions()));
        }
        if (accept(candidate)) {
            selectedCode = code;
            formEditorOpen = false;
        }
    }

    public void removeForm() {
        List<FormDefinition> candidate = new ArrayList<>(forms);
        candidate.remove(indexOfForm(selectedCode));
        if (accept(candidate)) {
            selectedCode = forms.isEmpty() ? null : forms.get(0).code();
            formEditorOpen = false;
            questionEditorOpen = false;
        }
    }

    public void moveForm(int delta) {
        List<FormDefinition> candidate = new ArrayList<>(forms);
        int index = indexOfForm(selectedCode);
        int target = index + delta;
        if (target >= 0 && target < candidate.size()) {
            candidate.add(target, candidate.remove(index));
            accept(candidate);
        }
    }

    public void newQuestion() {
        List<Question> questions = selectedForm().questions();
        editedQuestion = -1;
        question.clear(questions.isEmpty() ? selectedForm().titleFr() : questions.get(questions.size() - 1).section());
        questionEditorOpen = true;
        formEditorOpen = false;
    }

    public void editQuestion(int index) {
        editedQuestion = index;
        question.fill(selectedForm().questions().get(index));
        questionEditorOpen = true;
        formEditorOpen = false;
    }

    /** Adds the new question or applies the editor's fields to the edited one. */
    public void applyQuestion() {
        Question built;
        try {
            built = question.toQuestion();
        } catch (UserInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
            return;
        }
        List<Question> questions = new ArrayList<>(selectedForm().questions());
        if (editedQuestion < 0) {
            questions.add(built);
        } else {
            questions.set(editedQuestion, built);
        }
        if (accept(withQuestions(questions))) {
            questionEditorOpen = false;
        }
    }

    public void removeQuestion(int index) {
        List<Question> questions = new ArrayList<>(selectedForm().questions());
        questions.remove(index);
        if (accept(withQuestions(questions))) {
            questionEditorOpen = false;
        }
    }

    public void moveQuestion(int index, int delta) {
        List<Question> questions = new ArrayList<>(selectedForm().questions());
        int target = index + delta;
        if (target >= 0 && target < questions.size()) {
            questions.add(target, questions.remove(index));
            accept(withQuestions(questions));
        }
    }

    public void cancelEditor() {
        formEditorOpen = false;
        questionEditorOpen = false;
    }

    private void reload() {
        keep(formSets.of(electionId));
    }

    private void keep(StoredFormSet saved) {
        stored = saved.formSet();
        storedVersion = saved.getVersion();
        answers = formSets.storedAnswers(electionId);
        setName = stored.name();
        forms = new ArrayList<>(stored.forms());
        modified = false;
        formEditorOpen = false;
        questionEditorOpen = false;
        if (selectedCode == null || indexOfForm(selectedCode) < 0) {
            selectedCode = forms.isEmpty() ? null : forms.get(0).code();
        }
    }

    /**
     * Takes the candidate forms as the new copy unless they bring a problem that the copy does not
     * have yet. In that case it shows each new problem and returns false.
     */
    private boolean accept(List<FormDefinition> candidate) {
        List<FormProblem> introduced = problemsOf(new FormSet(setName, candidate));
        introduced.removeAll(problemsOf(new FormSet(setName, forms)));
        if (!introduced.isEmpty()) {
            for (FormProblem problem : introduced) {
                error(problem);
            }
            return false;
        }
        forms = candidate;
        modified = true;
        return true;
    }

    private List<FormProblem> problemsOf(FormSet set) {
        List<FormProblem> problems = new ArrayList<>(FormSetValidator.validate(set));
        problems.removeIf(problem -> UNFINISHED.contains(problem.type()));
        problems.addAll(FormSetChangeRules.check(stored, set, answers));
        return problems;
    }

    private List<FormDefinition> withQuestions(List<Question> questions) {
        FormDefinition form = selectedForm();
        List<FormDefinition> candidate = new ArrayList<>(forms);
        candidate.set(indexOfForm(form.code()), new FormDefinition(form.code(), form.kind(), form.titleFr(),
                form.titleEn(), questions));
        return candidate;
    }

    private int indexOfForm(String code) {
        for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private FormDefinition selectedForm() {
        int index = selectedCode == null ? -1 : indexOfForm(selectedCode);
        return index < 0 ? null : forms.get(index);
    }

    private void error(FormProblem problem) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                messages.get(problem.messageKey(), problem.formCode(), problem.questionCode(), problem.value()), null));
    }

    private void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key, arguments), null));
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key, arguments), null));
    }

    public FormDefinition getSelectedForm() {
        return selectedForm();
    }

    /** Returns the number of stored answers to a question of the selected form. */
    public long answersTo(String questionCode) {
        return selectedCode == null ? 0 : answers.answers(selectedCode, questionCode);
    }

    /** Returns the number of submissions stored for a form. */
    public long submissionsOf(String code) {
        return answers.submissions(code);
    }

    public long getTotalSubmissions() {
        return answers.totalSubmissions();
    }

    public boolean isClosed() {
        return electionList.stream().anyMatch(election -> election.getId().equals(electionId) && election.isClosed());
    }

    public List<FormKind> getKinds() {
        return List.of(FormKind.values());
    }

    public List<QuestionType> getTypes() {
        return List.of(QuestionType.values());
    }

    public List<ResultFigure> getFigures() {
        return List.of(ResultFigure.values());
    }

    public List<Election> getElectionList() {
        return electionList;
    }

    public Long getElectionId() {
        return electionId;
    }

    public void setElectionId(Long electionId) {
        this.electionId = electionId;
    }

    public List<FormDefinition> getForms() {
        return forms;
    }

    public boolean isModified() {
        return modified;
    }

    public String getSelectedCode() {
        return selectedCode;
    }

    public boolean isFormEditorOpen() {
        return formEditorOpen;
    }

    public boolean isNewForm() {
        return editedFormCode == null;
    }

    public String getFormCode() {
        return formCode;
    }

    public void setFormCode(String formCode) {
        this.formCode = formCode == null ? "" : formCode;
    }

    public FormKind getFormKind() {
        return formKind;
    }

    public void setFormKind(FormKind formKind) {
        this.formKind = formKind == null ? FormKind.CHECKLIST : formKind;
    }

    public String getFormTitleFr() {
        return formTitleFr;
    }

    public void setFormTitleFr(String formTitleFr) {
        this.formTitleFr = formTitleFr == null ? "" : formTitleFr;
    }

    public String getFormTitleEn() {
        return formTitleEn;
    }

    public void setFormTitleEn(String formTitleEn) {
        this.formTitleEn = formTitleEn == null ? "" : formTitleEn;
    }

    public boolean isQuestionEditorOpen() {
        return questionEditorOpen;
    }

    public boolean isNewQuestion() {
        return editedQuestion < 0;
    }

    public QuestionEditor getQuestion() {
        return question;
    }
}
