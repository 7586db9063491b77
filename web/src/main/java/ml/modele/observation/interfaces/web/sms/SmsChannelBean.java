package ml.modele.observation.interfaces.web.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.infrastructure.sms.SmppBinds;
import ml.modele.observation.infrastructure.sms.SmsChannelStatistics;
import ml.modele.observation.interfaces.web.shell.Messages;
import ml.modele.observation.interfaces.web.shell.ScreenTexts;
import ml.modele.observation.smpp.api.BindStatus;

/** State of the SMPP binds and of the intake, for the EVA's SMS channel screen. */
@Named("smsChannel")
@RequestScoped
public class SmsChannelBean {

    /**
     * Last errors that the SMPP adapter's bind keeper writes in English: "bind failed: " and the
     * exception's message, or "session " and the SMPP session state that ended the bind.
     */
    private static final Pattern BIND_FAILED = Pattern.compile("bind failed: (.*)", Pattern.DOTALL);
    private static final Pattern SESSION_LOST = Pattern.compile("session (\\w+)");

    @Inject
    private Messages messages;

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

    /** Returns the bind's last error in the screen's language. */
    public String lastError(BindStatus bind) {
        return lastError(bind.lastError(), messages.texts());
    }

    /** Returns a stored last error in the screen's language, with the exception's own message as it is. */
    static String lastError(String error, ScreenTexts texts) {
        if (error == null || error.isEmpty()) {
            return "";
        }
        Matcher failed = BIND_FAILED.matcher(error);
        if (failed.matches()) {
            return texts.get("sms.lastError.bindFailed", failed.group(1));
        }
        Matcher lost = SESSION_LOST.matcher(error);
        if (lost.matches()) {
            return texts.get("sms.lastError.sessionLost", lost.group(1));
        }
        return error;
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
