package ml.modele.observation.smpp.api;

/**
 * The SMSC rejected a message, or it could not be sent at all. Nothing of the message reached the
 * SMSC when {@link #segmentsAccepted()} is 0.
 */
public class SmsSendException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int commandStatus;
    private final int segmentsAccepted;

    /**
     * @param message          what failed, naming the value and what to do
     * @param commandStatus    SMPP command_status of the rejection, or -1 when no SMSC answer was involved
     * @param segmentsAccepted segments the SMSC accepted before the failure
     */
    public SmsSendException(String message, int commandStatus, int segmentsAccepted, Throwable cause) {
        super(message, cause);
        this.commandStatus = commandStatus;
        this.segmentsAccepted = segmentsAccepted;
    }

    public int commandStatus() {
        return commandStatus;
    }

    public int segmentsAccepted() {
        return segmentsAccepted;
    }
}
