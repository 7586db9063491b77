package ml.modele.observation.infrastructure.health;

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
 * Readiness of the SMS channel: DOWN while a configured SMPP bind is not bound. UP when no SMSC
 * is configured, so that the platform runs without one.
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
        for (BindStatus status : statuses) {
            response.withData(status.name(), status.state());
            if (!status.bound() && !"DISABLED".equals(status.state())) {
                response.down();
            }
        }
        return response.build();
    }
}
