package ml.modele.observation.smpp.outbound;

import ml.modele.observation.smpp.api.SendResult;
import ml.modele.observation.smpp.api.SmsConnection;
import ml.modele.observation.smpp.api.SmsSendException;

/** Connection handle given to the application. */
final class SmsConnectionImpl implements SmsConnection {

    private volatile SmppManagedConnection managed;

    SmsConnectionImpl(SmppManagedConnection managed) {
        this.managed = managed;
    }

    void associate(SmppManagedConnection other) {
        this.managed = other;
    }

    @Override
    public SendResult send(String destinationE164, String text) throws SmsSendException {
        SmppManagedConnection current = managed;
        if (current == null) {
            throw new SmsSendException("The SMS connection is closed; get a new one from the factory", -1, 0, null);
        }
        return current.send(destinationE164, text);
    }

    @Override
    public void close() {
        SmppManagedConnection current = managed;
        managed = null;
        if (current != null) {
            current.closed(this);
        }
    }
}
