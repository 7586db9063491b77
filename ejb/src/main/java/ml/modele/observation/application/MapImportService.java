package ml.modele.observation.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

import ml.modele.observation.domain.geography.AdminHierarchy;
import ml.modele.observation.domain.geography.PollingFrame;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.imports.AdminUnitImporter;
import ml.modele.observation.infrastructure.imports.ImportProblem;
import ml.modele.observation.infrastructure.imports.ImportResult;
import ml.modele.observation.infrastructure.imports.PollingStationImporter;

/**
 * Imports an electoral map file (découpage administratif or bureaux de vote), for the import
 * screen and the REST API alike. The whole file is validated first; a file with any bad row is
 * rejected with every problem listed and changes nothing. A valid file is either previewed, which
 * computes what applying it would change and writes nothing, or applied in one transaction.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.TECHNICAL_COORDINATOR})
public class MapImportService {

    private static final Logger LOG = Logger.getLogger(MapImportService.class.getName());

    @EJB
    private MapWriter writer;

    @EJB
    private MapDirectory directory;

    @Resource
    private SessionContext session;

    /** Validates a file and returns what applying it would change, in the caller's thread. Writes nothing. */
    public MapImportOutcome preview(MapFileKind kind, byte[] content, String fileName, ImportProgress progress) {
        LOG.info(() -> "Preview of " + kind + " file " + fileName + " (" + content.length + " bytes) by " + actor());
        return run(kind, content, fileName, null, progress);
    }

    /**
     * Validates and applies a file in the caller's thread. A station file that would retire more
     * stations than {@code confirmation} allows changes nothing and returns
     * {@link MapImportOutcome.Status#RETIRE_NOT_CONFIRMED} with the counts.
     */
    public MapImportOutcome importFile(MapFileKind kind, byte[] content, String fileName,
                                       RetireConfirmation confirmation, ImportProgress progress) {
        LOG.info(() -> "Import of " + kind + " file " + fileName + " (" + content.length + " bytes) by " + actor());
        return run(kind, content, fileName, confirmation, progress);
    }

    /** Runs {@link #preview} on a container thread, for a screen that shows the progress meanwhile. */
    @Asynchronous
    public Future<MapImportOutcome> previewInBackground(MapFileKind kind, byte[] content, String fileName,
                                                        ImportProgress progress) {
        return CompletableFuture.completedFuture(preview(kind, content, fileName, progress));
    }

    /** Runs {@link #importFile} on a container thread, for a screen that shows the progress meanwhile. */
    @Asynchronous
    public Future<MapImportOutcome> importInBackground(MapFileKind kind, byte[] content, String fileName,
                                                       RetireConfirmation confirmation, ImportProgress progress) {
        return CompletableFuture.completedFuture(importFile(kind, content, fileName, confirmation, progress));
    }

    /** Validates the file, then previews it when {@code confirmation} is null and applies it otherwise. */
    private MapImportOutcome run(MapFileKind kind, byte[] content, String fileName, RetireConfirmation confirmation,
                                 ImportProgress progress) {
        MapImportOutcome outcome = kind == MapFileKind.ADMIN_UNITS
                ? adminUnits(content, fileName, confirmation != null, progress)
                : stations(content, fileName, confirmation, progress);
        progress.advanceTo(100);
        return outcome;
    }

    private MapImportOutcome adminUnits(byte[] content, String fileName, boolean apply, ImportProgress progress) {
        ImportResult<AdminHierarchy> result = read(() -> new AdminUnitImporter()
                .importFile(new ByteArrayInputStream(content)));
        progress.advanceTo(ImportProgress.VALIDATED);
        if (!result.isAccepted()) {
            return MapImportOutcome.rejected(named(result.problems(), fileName));
        }
        return apply ? writer.applyAdminUnits(result.value(), fileName, actor(), progress)
                : writer.previewAdminUnits(result.value());
    }

    private MapImportOutcome stations(byte[] content, String fileName, RetireConfirmation confirmation,
                                      ImportProgress progress) {
        Long version = directory.latestVersionId();
        if (version == null) {
            return MapImportOutcome.rejected(List.of(ImportProblem.ofFile("map.noVersion")));
        }
        Set<String> communes = directory.communeCodes(version);
        ImportResult<PollingFrame> result = read(() -> new PollingStationImporter(communes)
                .importFile(new ByteArrayInputStream(content)));
        progress.advanceTo(ImportProgress.VALIDATED);
        if (!result.isAccepted()) {
            return MapImportOutcome.rejected(named(result.problems(), fileName));
        }
        return confirmation == null ? writer.previewStations(version, result.value())
                : writer.applyStations(version, result.value(), fileName, actor(), confirmation, progress);
    }

    private static List<ImportProblem> named(List<ImportProblem> problems, String fileName) {
        return problems.stream().map(problem -> problem.withFileName(fileName)).toList();
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }

    private static <T> ImportResult<T> read(FileRead<T> read) {
        try {
            return read.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    @FunctionalInterface
    private interface FileRead<T> {
        ImportResult<T> run() throws IOException;
    }
}
