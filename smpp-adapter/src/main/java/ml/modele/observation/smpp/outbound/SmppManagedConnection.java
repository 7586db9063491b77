package ml.modele.observation.smpp.outbound;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

import ml.modele.observation.smpp.api.SendResult;
import ml.modele.observation.smpp.api.SmsSendException;
import ml.modele.observation.smpp.inbound.SubmitSender;

/** Pooled connection over the adapter's bind; it has no transaction and no socket of its own. */
final class SmppManagedConnection implements ManagedConnection {

    private final SmppManagedConnectionFactory factory;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private PrintWriter logWriter;

    SmppManagedConnection(SmppManagedConnectionFactory factory) {
        this.factory = factory;
    }

    SendResult send(String destination, String text) throws SmsSendException {
        SubmitSender sender = factory.adapter() == null ? null : factory.adapter().sender();
        if (sender == null) {
            throw new SmsSendException("No transceiver bind is configured: set the SMSC host and bind type"
                    + " transceiver in the configuration", -1, 0, null);
        }
        return sender.send(destination, text);
    }

    void closed(SmsConnectionImpl handle) {
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        listeners.forEach(listener -> listener.connectionClosed(event));
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        return new SmsConnectionImpl(this);
    }

    @Override
    public void destroy() {
        listeners.clear();
    }

    @Override
    public void cleanup() {
        // Handles keep no state.
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof SmsConnectionImpl handle)) {
            throw new ResourceException("Unsupported connection handle " + connection);
        }
        handle.associate(this);
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("The SMPP adapter does not support XA transactions");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("The SMPP adapter does not support local transactions");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "SMPP 3.4 SMSC";
            }

            @Override
            public String getEISProductVersion() {
                return "3.4";
            }

            @Override
            public int getMaxConnections() {
                return 0;
            }

            @Override
            public String getUserName() {
                return "";
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
