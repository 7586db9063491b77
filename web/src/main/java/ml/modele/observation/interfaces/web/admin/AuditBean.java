package ml.modele.observation.interfaces.web.admin;

import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ml.modele.observation.application.AuditTrail;
import ml.modele.observation.domain.audit.AuditEntry;
import ml.modele.observation.interfaces.web.shell.Messages;

/** Audit trail screen (journal d'audit), newest first, loaded page by page. */
@Named
@ViewScoped
public class AuditBean extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditTrail audit;

    @Inject
    private Messages messages;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) audit.count();
    }

    @Override
    public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return audit.latest(first, pageSize);
    }

    /** Returns the entry's details as a sentence in the screen's language. */
    public String details(AuditEntry entry) {
        return AuditDetails.render(entry.getAction(), entry.getDetails(), messages.texts());
    }

    /** Returns the label of the entry's target type. */
    public String target(AuditEntry entry) {
        return AuditDetails.target(entry.getTargetType(), messages.texts());
    }

    @Override
    public String getRowKey(AuditEntry entry) {
        return String.valueOf(entry.getId());
    }
}
