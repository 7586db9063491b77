package ml.modele.observation.application;

/**
 * Preview of a broadcast before it is queued: its recipients and how the text will be sent.
 *
 * @param observers    observers that the filter selects
 * @param recipients   observers with a phone number, who get the message
 * @param unverified   recipients whose message goes to an unverified number, because they have no verified one
 * @param withoutPhone observers without any phone number, who get nothing
 * @param gsm7         whether the text fits the GSM 7-bit alphabet; otherwise it is sent as UCS-2
 * @param characters   characters of the text
 * @param segments     SMS segments per recipient, as the outbound encoder splits the text
 * @param unsupported  the characters outside the GSM 7-bit alphabet, each once, empty when none
 */
public record BroadcastPreview(int observers, int recipients, int unverified, int withoutPhone, boolean gsm7,
                               int characters, int segments, String unsupported) {
}
