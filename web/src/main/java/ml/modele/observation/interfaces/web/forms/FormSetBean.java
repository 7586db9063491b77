package ml.modele.observation.interfaces.web.forms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.FormProblem;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.FormSetImportException;
import ml.modele.observation.domain.form.StoredFormSet;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Form set of an election: the forms in use, export as a JSON file (through the REST path) and
 * import of such a file, so that a mission copies its forms from one election to the next.
 */
@Named("formSetBean")
@ViewScoped
public class FormSetBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FormSetService formSets;

    @EJB
    private ElectionService elections;

    @Inject
    private Messages messages;

    private List<Election> electionList;
    private Long electionId;
    private transient UploadedFile file;
    private final List<String> problems = new ArrayList<>();

    @PostConstruct
    void load() {
        electionList = elections.list();
        if (!electionList.isEmpty()) {
            electionId = electionList.get(0).getId();
        }
    }

    public StoredFormSet getStored() {
        return electionId == null ? null : formSets.of(electionId);
    }

    public FormSet getFormSet() {
        StoredFormSet stored = getStored();
        return stored == null ? null : stored.formSet();
    }

    public void importFile() {
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.clear();
        if (file == null || file.getSize() == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("forms.noFile"), null));
            return;
        }
        try {
            FormSet set = formSets.importFile(electionId, file.getContent());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("forms.imported", set.name(), set.forms().size()), null));
        } catch (FormSetImportException e) {
            for (FormProblem problem : e.problems()) {
                problems.add(messages.get(problem.messageKey(), problem.formCode(), problem.questionCode(),
                        problem.value()));
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("forms.rejected", file.getFileName(), problems.size()), null));
        } catch (UserInputException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
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

    public List<String> getProblems() {
        return problems;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
