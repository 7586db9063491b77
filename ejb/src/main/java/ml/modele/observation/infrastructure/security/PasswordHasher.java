package ml.modele.observation.infrastructure.security;

import java.security.SecureRandom;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Hashes and verifies passwords with PBKDF2 (HMAC-SHA512, 210,000 iterations, 32-byte salt). */
@Dependent
public class PasswordHasher {

    private static final char[] GENERATED_ALPHABET =
            "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile String decoyHash;

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /**
     * Verifies the password against a hash of a random one, so that a login with an
     * unknown username takes as long as one with a wrong password.
     */
    public void verifyDecoy(String password) {
        if (decoyHash == null) {
            decoyHash = hash(generatePassword(20));
        }
        hash.verify(password.toCharArray(), decoyHash);
    }

    /** Generates a random password of {@code length} characters without look-alike letters (0/O, 1/l/I). */
    public static String generatePassword(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(GENERATED_ALPHABET[RANDOM.nextInt(GENERATED_ALPHABET.length)]);
        }
        return password.toString();
    }
}
