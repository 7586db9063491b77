package ml.modele.observation.domain.submission;

/** Recognises a file format by the bytes that start its content (its signature or magic number). */
final class FileSignature {

    private FileSignature() {
    }

    /** Tells whether the content starts with the signature. Null or shorter content does not match. */
    static boolean matches(byte[] content, byte[] signature) {
        if (content == null || content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
