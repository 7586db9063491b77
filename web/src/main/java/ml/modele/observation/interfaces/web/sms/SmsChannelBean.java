package ml.modele.observation.interfaces.web.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.infrastructure.sms.SmppBinds;
import ml.modele.observation.infrastructure.sms.SmsChannelStatistics;
import ml.modele.observation.smpp.api.BindStatus;

/** State of the SMPP binds and of the intake, for the EVA's SMS channel screen. */
@Named("smsChannel")
@RequestScoped
public class SmsChannelBean {

    @Inject
    private SmppBinds binds;

    @EJB
    private SmsChannelStatistics statistics;

    private List<BindStatus> statuses;
    private long storedLastMinute;
    private long outboxWaiting;

    @PostConstruct
    void load() {
        statuses = binds.status();
        storedLastMinute = statistics.storedSince(Instant.now().minus(Duration.ofMinutes(1)));
        outboxWaiting = statistics.outboxWaiting();
    }

    public List<BindStatus> getStatuses() {
        return statuses;
    }

    public long getStoredLastMinute() {
        return storedLastMinute;
    }

    public long getOutboxWaiting() {
        return outboxWaiting;
    }
}
