package ml.modele.observation.infrastructure.sms;

import java.util.List;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

import ml.modele.observation.smpp.api.BindStatus;
import ml.modele.observation.smpp.api.SmsConnectionFactory;

/** Reads the state of the adapter's binds through its connection factory. */
@ApplicationScoped
public class SmppBinds {

    /** Returns the state of each bind, or an empty list when the connection factory is not created. */
    public List<BindStatus> status() {
        String name = ConfigProvider.getConfig().getOptionalValue(SmsOutboxDrainer.FACTORY_KEY, String.class)
                .orElse(SmsOutboxDrainer.DEFAULT_FACTORY);
        try {
            return ((SmsConnectionFactory) new InitialContext().lookup(name)).bindStatus();
        } catch (NamingException | ClassCastException e) {
            return List.of();
        }
    }
}
