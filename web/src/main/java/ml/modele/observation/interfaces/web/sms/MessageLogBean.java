package ml.modele.observation.interfaces.web.sms;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import ml.modele.observation.infrastructure.sms.SmsTraffic;

/** Message log of one observer: every SMS received from and sent to them, for the EVA. */
@Named("messageLog")
@ViewScoped
public class MessageLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SmsTraffic traffic;

    private String observerCode;
    private List<SmsTraffic.Line> lines = List.of();
    private boolean searched;

    @PostConstruct
    void load() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("observer");
        if (requested != null && !requested.isBlank()) {
            observerCode = requested.strip();
            search();
        }
    }

    public void search() {
        lines = traffic.ofObserver(observerCode);
        searched = true;
    }

    public List<SmsTraffic.Line> getLines() {
        return lines;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getObserverCode() {
        return observerCode;
    }

    public void setObserverCode(String observerCode) {
        this.observerCode = observerCode;
    }
}
