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
 * rejected with every problem listed and changes nothing. A valid file is applied in one transaction.
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

    /** Imports a file in the caller's thread. */
    public MapImportOutcome importFile(MapFileKind kind, byte[] content, String fileName, ImportProgress progress) {
        LOG.info(() -> "Import of " + kind + " file " + fileName + " (" + content.length + " bytes) by "
                + actor());
        return kind == MapFileKind.ADMIN_UNITS
                ? importAdminUnits(content, fileName, progress)
                : importStations(content, fileName, progress);
    }

    /** Imports a file on a container thread, for a screen that shows the progress meanwhile. */
    @Asynchronous
    public Future<MapImportOutcome> importInBackground(MapFileKind kind, byte[] content, String fileName,
                                                       ImportProgress progress) {
        return CompletableFuture.completedFuture(importFile(kind, content, fileName, progress));
    }

    private MapImportOutcome importAdminUnits(byte[] content, String fileName, ImportProgress progress) {
        ImportResult<AdminHierarchy> result = read(() -> new AdminUnitImporter()
                .importFile(new ByteArrayInputStream(content)));
        progress.advanceTo(ImportProgress.VALIDATED);
        if (!result.isAccepted()) {
            return finished(MapImportOutcome.rejected(named(result.problems(), fileName)), progress);
        }
        return finished(writer.applyAdminUnits(result.value(), fileName, actor(), progress), progress);
    }

    private MapImportOutcome importStations(byte[] content, String fileName, ImportProgress progress) {
        Long version = directory.latestVersionId();
        if (version == null) {
            return finished(MapImportOutcome.rejected(List.of(ImportProblem.ofFile("map.noVersion"))), progress);
        }
        Set<String> communes = directory.communeCodes(version);
        ImportResult<PollingFrame> result = read(() -> new PollingStationImporter(communes)
                .importFile(new ByteArrayInputStream(content)));
        progress.advanceTo(ImportProgress.VALIDATED);
        if (!result.isAccepted()) {
            return finished(MapImportOutcome.rejected(named(result.problems(), fileName)), progress);
        }
        return finished(writer.applyStations(version, result.value(), fileName, actor(), progress), progress);
    }

    private static MapImportOutcome finished(MapImportOutcome outcome, ImportProgress progress) {
        progress.advanceTo(100);
        return outcome;
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
