package ml.modele.observation.smpp.api;

import jakarta.resource.ResourceException;

import java.io.Serializable;
import java.util.List;

/** Connection factory that the application looks up to send SMS through the adapter. */
public interface SmsConnectionFactory extends Serializable {

    /** Returns a connection over the adapter's transceiver bind. */
    SmsConnection getConnection() throws ResourceException;

    /** Returns the state of each bind that the adapter keeps. */
    List<BindStatus> bindStatus();
}
