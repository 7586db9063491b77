package ml.modele.observation.infrastructure.health;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import ml.modele.observation.infrastructure.sms.SmppBinds;
import ml.modele.observation.smpp.api.BindStatus;

/**
 * Readiness of the SMS channel: DOWN while a configured SMPP bind is not bound, with a "problem"
 * entry that names the bind that is down and what still works. UP when no SMSC is
 * configured, so that the platform runs without one.
 */
@Readiness
@ApplicationScoped
public class SmppReadinessCheck implements HealthCheck {

    @Inject
    private SmppBinds binds;

    @Override
    public HealthCheckResponse call() {
        List<BindStatus> statuses = binds.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("smpp").up();
        if (statuses.isEmpty()) {
            return response.withData("binds", "none configured").build();
        }
        List<String> problems = new ArrayList<>();
        for (BindStatus status : statuses) {
            response.withData(status.name(), status.state());
            if (!status.bound() && !"DISABLED".equals(status.state())) {
                response.down();
                problems.add(problem(status));
            }
        }
        if (!problems.isEmpty()) {
            response.withData("problem", String.join(" ", problems)
                    + " Incoming SMS reports are not received and replies wait in the outbox until the bind is"
                    + " restored; the web screens and the REST API keep working.");
        }
        return response.build();
    }

    /** Describes one bind that is down, for the operator who reads the readiness body. */
    static String problem(BindStatus status) {
        StringBuilder text = new StringBuilder("SMS channel unavailable: the SMPP bind '").append(status.name())
                .append("' to the operator's SMSC is ").append(status.state())
                .append(" (successful reconnections since start: ").append(status.reconnects()).append(')');
        if (status.lastError() != null && !status.lastError().isBlank()) {
            text.append(", last error: ").append(status.lastError());
        }
        return text.append('.').toString();
    }
}
