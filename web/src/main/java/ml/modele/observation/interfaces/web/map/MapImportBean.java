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
import ml.modele.observation.application.MapImportOutcome.CentreCounts;
import ml.modele.observation.application.MapImportOutcome.Status;
import ml.modele.observation.application.MapImportService;
import ml.modele.observation.application.RetireConfirmation;
import ml.modele.observation.infrastructure.imports.ImportMessages;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Import screen of the electoral map, in two steps. "Vérifier" uploads the file, validates it and
 * computes what importing it would change, without storing anything. The screen shows that
 * summary, with a warning when stations would be retired, and "Confirmer l'import" applies the
 * same file. When the file retires more than half of the active stations, a box must be ticked
 * too. Both steps run on a container thread while a progress bar polls.
 */
@Named
@ViewScoped
public class MapImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MapImportBean.class.getName());

    /** The step that runs in the background. */
    private enum Step { CHECK, APPLY }

    @EJB
    private MapImportService imports;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBean localeBean;

    /** No kind is chosen at first, so that nobody imports a station file by leaving the default. */
    private MapFileKind kind;
    private transient UploadedFile file;
    private String fileName;
    private byte[] content;
    private ImportProgress progress;
    private Step step;
    private transient Future<MapImportOutcome> running;
    private MapImportOutcome preview;
    private MapImportOutcome outcome;
    private boolean confirmRetire;
    /** True when the apply step found more retirements than checked, because the map changed meanwhile. */
    private boolean mapChanged;
    private boolean failed;

    /** Uploads the file and starts its check, which stores nothing. */
    public void check() {
        if (kind == null) {
            error(messages.get("mapImport.error.noKind"));
            return;
        }
        if (file == null || file.getSize() == 0) {
            error(messages.get("mapImport.error.noFile"));
            return;
        }
        fileName = file.getFileName();
        content = file.getContent();
        preview = null;
        outcome = null;
        confirmRetire = false;
        mapChanged = false;
        start(Step.CHECK);
    }

    /** Applies the checked file, once the user confirmed its summary. */
    public void apply() {
        if (!isAwaitingConfirmation()) {
            return;
        }
        if (isRetireConfirmationNeeded() && !confirmRetire) {
            error(messages.get("mapImport.error.confirmRetire", messages.number(preview.retired())));
            return;
        }
        start(Step.APPLY);
    }

    /** Drops the checked file: nothing was stored. */
    public void cancel() {
        String cancelled = fileName;
        reset();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                messages.get("mapImport.cancelled", cancelled), null));
    }

    private void start(Step next) {
        step = next;
        progress = new ImportProgress();
        failed = false;
        running = next == Step.CHECK ? imports.previewInBackground(kind, content, fileName, progress)
                : imports.importInBackground(kind, content, fileName, RetireConfirmation.upTo(preview.retired()),
                        progress);
    }

    /** Called by the poll: picks up the result once the running step has ended. */
    public void poll() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            MapImportOutcome result = running.get();
            if (step == Step.CHECK || result.status() == Status.RETIRE_NOT_CONFIRMED) {
                // A refused apply carries the counts of the map as it is now: the user confirms them again.
                mapChanged = step == Step.APPLY;
                preview = result;
                confirmRetire = false;
            } else {
                outcome = result;
                content = null;
            }
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, "Import of " + fileName + " failed", e.getCause());
            failed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = true;
        }
        running = null;
    }

    private void reset() {
        fileName = null;
        content = null;
        progress = null;
        step = null;
        preview = null;
        outcome = null;
        confirmRetire = false;
        mapChanged = false;
        failed = false;
    }

    public boolean isRunning() {
        return running != null;
    }

    /** Tells whether the file is being checked, as opposed to applied. */
    public boolean isChecking() {
        return running != null && step == Step.CHECK;
    }

    public boolean isDone() {
        return progress != null && running == null;
    }

    public int getProgress() {
        return progress == null ? 0 : progress.percent();
    }

    /** Returns the result to show: the import's once applied, else the check's. */
    public MapImportOutcome getResult() {
        return outcome != null ? outcome : preview;
    }

    /** Tells whether a valid file was checked and waits for the user's confirmation. */
    public boolean isAwaitingConfirmation() {
        return running == null && outcome == null && preview != null && preview.accepted() && content != null;
    }

    /** Tells whether the user must tick the box, because the file retires most active stations. */
    public boolean isRetireConfirmationNeeded() {
        return preview != null && preview.retiresMostStations();
    }

    public boolean isFailed() {
        return failed;
    }

    /** Returns the sentences for the problems of a rejected file, in the user's language. */
    public List<String> getProblems() {
        MapImportOutcome result = getResult();
        return result == null ? List.of() : ImportMessages.formatAll(result.problems(), localeBean.getLocale());
    }

    /** Returns what importing the checked file would change. */
    public String getPreviewSummary() {
        if (preview == null || !preview.accepted()) {
            return "";
        }
        if (preview.changedNothing()) {
            return messages.get("mapImport.preview.nothingChanges", fileName);
        }
        if (preview.newVersion()) {
            return preview.mapVersion() == null
                    ? messages.get("mapImport.preview.firstVersion", fileName, number(preview.added()))
                    : messages.get("mapImport.preview.newVersion", fileName, preview.mapVersion(),
                            number(preview.added()), number(preview.carried()));
        }
        if (kind == MapFileKind.ADMIN_UNITS) {
            return messages.get("mapImport.preview.units", fileName, preview.mapVersion(), number(preview.changed()),
                    number(preview.unchanged()));
        }
        CentreCounts centres = preview.centres();
        return messages.get("mapImport.preview.stations", fileName, preview.mapVersion(), number(preview.added()),
                number(preview.changed()), number(preview.unchanged()), number(preview.retired()),
                number(centres.added()), number(centres.changed()), number(centres.unchanged()),
                number(centres.retired()));
    }

    /** Returns the warning about the stations that the checked file would retire, or "" for none. */
    public String getRetireWarning() {
        if (preview == null || preview.retired() == 0) {
            return "";
        }
        return messages.get("mapImport.preview.retireWarning", number(preview.retired()),
                number(preview.activeStations()));
    }

    /** Returns why the checked counts changed before the apply step, or "" when they did not. */
    public String getMapChangedNote() {
        return mapChanged && preview != null ? messages.get("mapImport.mapChanged", number(preview.retired())) : "";
    }

    /** Returns the label of the box that confirms the retirements. */
    public String getConfirmRetireLabel() {
        return preview == null ? "" : messages.get("mapImport.confirmRetire", number(preview.retired()),
                number(preview.activeStations()));
    }

    /** Returns the one-line result of an applied file. */
    public String getSummary() {
        if (outcome == null || !outcome.applied()) {
            return "";
        }
        if (outcome.changedNothing()) {
            return messages.get("mapImport.result.nothingChanged", fileName);
        }
        String key = outcome.newVersion() ? "mapImport.result.newVersion" : "mapImport.result.applied";
        return messages.get(key, fileName, outcome.mapVersion(), outcome.added(), outcome.changed(),
                outcome.unchanged(), outcome.retired(), outcome.carried());
    }

    private String number(int value) {
        return messages.number(value);
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

    public boolean isConfirmRetire() {
        return confirmRetire;
    }

    public void setConfirmRetire(boolean confirmRetire) {
        this.confirmRetire = confirmRetire;
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
