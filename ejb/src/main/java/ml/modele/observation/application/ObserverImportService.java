package ml.modele.observation.application;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

import ml.modele.observation.domain.security.Role;

/**
 * Imports an observer file for the import screen and the REST API. Each row is stored whole or
 * rejected whole with its reasons; the accepted rows are stored in one transaction.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
public class ObserverImportService {

    private static final Logger LOG = Logger.getLogger(ObserverImportService.class.getName());

    @EJB
    private ObserverWriter writer;

    @Resource
    private SessionContext session;

    /** Imports a file in the caller's thread. */
    public ObserverImportOutcome importFile(byte[] content, String fileName) {
        String actor = session.getCallerPrincipal().getName();
        LOG.info(() -> "Import of observer file " + fileName + " (" + content.length + " bytes) by " + actor);
        return writer.importFile(content, fileName, actor);
    }

    /** Imports a file on a container thread, for a screen that polls for the outcome. */
    @Asynchronous
    public Future<ObserverImportOutcome> importInBackground(byte[] content, String fileName) {
        return CompletableFuture.completedFuture(importFile(content, fileName));
    }
}
