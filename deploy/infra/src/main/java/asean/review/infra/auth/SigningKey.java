package asean.review.infra.auth;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/**
 * An RSA key pair that signs the tests' hand-made tokens (expired ones, forged ones...). The tests' Keycloak
 * imports it as one of its realm keys, so that a token it signs is one the services would otherwise accept.
 */
public final class SigningKey {

    private final KeyPair pair;

    private SigningKey(KeyPair pair) {
        this.pair = pair;
    }

    public static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new SigningKey(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    /** The private key in PKCS#8 PEM, as a Keycloak realm's {@code rsa} key provider imports it. */
    public String privateKeyPem() {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    public PublicKey publicKey() {
        return pair.getPublic();
    }

    PrivateKey privateKey() {
        return pair.getPrivate();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

}
