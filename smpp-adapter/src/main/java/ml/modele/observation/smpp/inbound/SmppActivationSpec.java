package ml.modele.observation.smpp.inbound;

import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

import ml.modele.observation.smpp.api.SmsListener;

/** Activation properties of a message-driven bean that receives SMS through the adapter. */
@Activation(messageListeners = SmsListener.class)
public class SmppActivationSpec implements ActivationSpec {

    private ResourceAdapter resourceAdapter;
    private String host = "127.0.0.1";
    private Integer port = 2775;
    private String systemId;

    @Override
    public void validate() throws InvalidPropertyException {
        if (port == null || port < 1 || port > 65535) {
            throw new InvalidPropertyException("SMSC port must be between 1 and 65535, got " + port);
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getSystemId() {
        return systemId;
    }

    public void setSystemId(String systemId) {
        this.systemId = systemId;
    }
}
