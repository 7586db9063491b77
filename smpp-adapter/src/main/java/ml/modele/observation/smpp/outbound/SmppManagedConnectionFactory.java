package ml.modele.observation.smpp.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;

import java.io.PrintWriter;
import java.util.Set;

import javax.security.auth.Subject;

import ml.modele.observation.smpp.api.SmsConnection;
import ml.modele.observation.smpp.api.SmsConnectionFactory;
import ml.modele.observation.smpp.inbound.SmppResourceAdapter;

/**
 * Factory of outbound connections. A connection holds no socket of its own: it sends over the
 * adapter's transceiver bind, so the rate limit and the window apply to all senders together.
 */
@ConnectionDefinition(connectionFactory = SmsConnectionFactory.class,
        connectionFactoryImpl = SmsConnectionFactoryImpl.class,
        connection = SmsConnection.class,
        connectionImpl = SmsConnectionImpl.class)
public class SmppManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private transient SmppResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager manager) {
        return new SmsConnectionFactoryImpl(this, manager);
    }

    @Override
    public Object createConnectionFactory() {
        return new SmsConnectionFactoryImpl(this, null);
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
        return new SmppManagedConnection(this);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set connections, Subject subject, ConnectionRequestInfo info) {
        for (Object connection : connections) {
            if (connection instanceof SmppManagedConnection managed) {
                return managed;
            }
        }
        return null;
    }

    SmppResourceAdapter adapter() {
        return resourceAdapter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        if (!(adapter instanceof SmppResourceAdapter smpp)) {
            throw new ResourceException("Unsupported resource adapter " + adapter);
        }
        this.resourceAdapter = smpp;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
