package ml.modele.observation.interfaces.web.shell;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import ml.modele.observation.application.Dashboard;

/** Home page (tableau de bord): counts of what exists so far. */
@Named
@RequestScoped
public class DashboardBean {

    @EJB
    private Dashboard dashboard;

    private Map<String, Long> counts;

    public Map<String, Long> getCounts() {
        if (counts == null) {
            counts = dashboard.counts();
        }
        return counts;
    }

    public boolean isGeneratedFrame() {
        return dashboard.generatedFrame();
    }

    public boolean isLoadingDefaultData() {
        return dashboard.loadingDefaultData();
    }
}
