package ml.modele.observation.interfaces.web.map;

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

import ml.modele.observation.application.ImportProgress;
import ml.modele.observation.application.MapFileKind;
import ml.modele.observation.application.MapImportOutcome;
import ml.modele.observation.application.MapImportService;
import ml.modele.observation.infrastructure.imports.ImportMessages;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Import screen of the electoral map: upload a file, watch the progress bar while the import
 * runs on a container thread, then read the result or every problem of a rejected file.
 */
@Named
@ViewScoped
public class MapImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MapImportBean.class.getName());

    @EJB
    private MapImportService imports;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBean localeBean;

    private MapFileKind kind = MapFileKind.STATIONS;
    private transient UploadedFile file;
    private String fileName;
    private ImportProgress progress;
    private transient Future<MapImportOutcome> running;
    private MapImportOutcome outcome;
    private boolean failed;

    /** Starts the import of the uploaded file. */
    public void start() {
        if (file == null || file.getSize() == 0) {
            error("mapImport.error.noFile");
            return;
        }
        fileName = file.getFileName();
        progress = new ImportProgress();
        outcome = null;
        failed = false;
        running = imports.importInBackground(kind, file.getContent(), fileName, progress);
    }

    /** Called by the poll: picks up the outcome once the import has ended. */
    public void check() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            outcome = running.get();
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, "Import of " + fileName + " failed", e.getCause());
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
        return progress != null && running == null;
    }

    public int getProgress() {
        return progress == null ? 0 : progress.percent();
    }

    public MapImportOutcome getOutcome() {
        return outcome;
    }

    public boolean isFailed() {
        return failed;
    }

    /** Returns the sentences for the problems of a rejected file, in the user's language. */
    public List<String> getProblems() {
        return outcome == null ? List.of() : ImportMessages.formatAll(outcome.problems(), localeBean.getLocale());
    }

    /** Returns the one-line result of an accepted file. */
    public String getSummary() {
        if (outcome == null || !outcome.accepted()) {
            return "";
        }
        if (outcome.changedNothing()) {
            return messages.get("mapImport.result.nothingChanged", fileName);
        }
        String key = outcome.newVersion() ? "mapImport.result.newVersion" : "mapImport.result.applied";
        return messages.get(key, fileName, outcome.mapVersion(), outcome.added(), outcome.changed(),
                outcome.unchanged(), outcome.retired(), outcome.carried());
    }

    public MapFileKind[] getKinds() {
        return MapFileKind.values();
    }

    public MapFileKind getKind() {
        return kind;
    }

    public void setKind(MapFileKind kind) {
        this.kind = kind;
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

    private void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
    }
}
