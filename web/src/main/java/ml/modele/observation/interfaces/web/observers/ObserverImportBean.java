package ml.modele.observation.interfaces.web.observers;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import ml.modele.observation.application.ObserverImportOutcome;
import ml.modele.observation.application.ObserverImportService;
import ml.modele.observation.infrastructure.imports.ObserverImportMessages;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Import screen of the observer registry: upload a file, wait while the import runs on a
 * container thread, then read the counts and the reason of every rejected row.
 */
@Named
@ViewScoped
public class ObserverImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ObserverImportBean.class.getName());

    @EJB
    private ObserverImportService imports;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBean localeBean;

    private transient UploadedFile file;
    private String fileName;
    private transient Future<ObserverImportOutcome> running;
    private ObserverImportOutcome outcome;
    private boolean failed;

    /** Starts the import of the uploaded file. */
    public void start() {
        if (file == null || file.getSize() == 0) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("observerImport.error.noFile"), null));
            return;
        }
        fileName = file.getFileName();
        outcome = null;
        failed = false;
        running = imports.importInBackground(file.getContent(), fileName);
    }

    /** Called by the poll: picks up the outcome once the import has ended. */
    public void check() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            outcome = running.get();
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, "Import of observer file " + fileName + " failed", e.getCause());
            failed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = true;
        }
        running = null;
    }

    public boolean isRunning() {
        return running != null;
    }

    public boolean isDone() {
        return fileName != null && running == null;
    }

    public ObserverImportOutcome getOutcome() {
        return outcome;
    }

    public boolean isFailed() {
        return failed;
    }

    /** Returns the reason of every rejected row, in the user's language. */
    public List<String> getProblems() {
        return outcome == null ? List.of()
                : ObserverImportMessages.formatAll(outcome.problems(), localeBean.getLocale());
    }

    /** Returns the one-line result. */
    public String getSummary() {
        if (outcome == null || outcome.unreadable()) {
            return "";
        }
        return messages.get("observerImport.result", fileName, outcome.rowCount(), outcome.added(),
                outcome.updated(), outcome.unchanged(), outcome.rejected());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }
}
