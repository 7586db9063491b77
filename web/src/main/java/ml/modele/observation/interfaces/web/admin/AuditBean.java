package ml.modele.observation.interfaces.web.admin;

import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ml.modele.observation.application.AuditTrail;
import ml.modele.observation.domain.audit.AuditEntry;

/** Audit trail screen (journal d'audit), newest first, loaded page by page. */
@Named
@ViewScoped
public class AuditBean extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditTrail audit;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) audit.count();
    }

    @Override
    public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return audit.latest(first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
        return String.valueOf(entry.getId());
    }
}
