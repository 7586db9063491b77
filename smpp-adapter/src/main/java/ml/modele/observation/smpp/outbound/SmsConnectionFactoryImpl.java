package ml.modele.observation.smpp.outbound;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;

import java.util.List;

import javax.naming.Reference;

import ml.modele.observation.smpp.api.BindStatus;
import ml.modele.observation.smpp.api.SmsConnection;
import ml.modele.observation.smpp.api.SmsConnectionFactory;

/** Connection factory bound in JNDI for the application. */
final class SmsConnectionFactoryImpl implements SmsConnectionFactory, Referenceable {

    private static final long serialVersionUID = 1L;

    private final SmppManagedConnectionFactory factory;
    private final transient ConnectionManager manager;
    private Reference reference;

    SmsConnectionFactoryImpl(SmppManagedConnectionFactory factory, ConnectionManager manager) {
        this.factory = factory;
        this.manager = manager;
    }

    @Override
    public SmsConnection getConnection() throws ResourceException {
        if (manager == null) {
            return (SmsConnection) factory.createManagedConnection(null, null).getConnection(null, null);
        }
        return (SmsConnection) manager.allocateConnection(factory, null);
    }

    @Override
    public List<BindStatus> bindStatus() {
        return factory.adapter() == null ? List.of() : factory.adapter().bindStatus();
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
