package asean.review.infra.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An RSA key pair that signs tokens for the local stack and the tests. Production tokens come from
 * an OIDC provider; this key never leaves the machine that made it.
 */
public final class SigningKey {

    static final String PRIVATE_FILE = "private-key.pem";
    static final String PUBLIC_FILE = "public-key.pem";

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

    /** The key pair kept in {@code dir}, made there on first use (the private key readable by its owner only). */
    public static SigningKey loadOrCreate(Path dir) {
        if (Files.exists(dir.resolve(PRIVATE_FILE)) && Files.exists(dir.resolve(PUBLIC_FILE))) {
            return load(dir);
        }
        SigningKey key = generate();
        try {
            Files.createDirectories(dir);
            Path privateFile = Files.createFile(dir.resolve(PRIVATE_FILE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(privateFile, pem("PRIVATE KEY", key.pair.getPrivate().getEncoded()));
            Files.writeString(dir.resolve(PUBLIC_FILE), key.publicKeyPem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    /** The key pair kept in {@code dir}; it must exist. */
    public static SigningKey load(Path dir) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new SigningKey(new KeyPair(
                    rsa.generatePublic(new X509EncodedKeySpec(decode(Files.readString(dir.resolve(PUBLIC_FILE))))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(decode(Files.readString(dir.resolve(PRIVATE_FILE)))))));
        } catch (IOException e) {
            throw new UncheckedIOException("no key pair in " + dir + " (" + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key pair in " + dir + " cannot be read", e);
        }
    }

    public static Path publicKeyFile(Path dir) {
        return dir.resolve(PUBLIC_FILE);
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    PrivateKey privateKey() {
        return pair.getPrivate();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] decode(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
