package dev.jango.contrib.auth.argon2;

import dev.jango.contrib.auth.hashers.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id, Django's {@code Argon2PasswordHasher}: {@code argon2$argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$
 * <base64 salt>$<base64 hash>} (base64 without padding), so hashes move between Django and Jango.
 *
 * <pre>{@code
 * PasswordHashers.of(new Argon2PasswordHasher(), new Pbkdf2PasswordHasher())   // new hashes Argon2, old PBKDF2 still verify
 * }</pre>
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    /** Django's defaults: 2 passes over 100 MiB with 8 lanes. */
    public static final int DEFAULT_TIME_COST = 2;
    /** Memory in KiB. */
    public static final int DEFAULT_MEMORY_COST = 102_400;
    /** Lanes. */
    public static final int DEFAULT_PARALLELISM = 8;
    private static final int HASH_LENGTH = 32;
    private static final String CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private final int timeCost;
    private final int memoryCost;
    private final int parallelism;

    /** Django's default parameters. */
    public Argon2PasswordHasher() {
        this(DEFAULT_TIME_COST, DEFAULT_MEMORY_COST, DEFAULT_PARALLELISM);
    }

    /** New hashes with these parameters (memory in KiB, at least 8 per lane). */
    public Argon2PasswordHasher(int timeCost, int memoryCost, int parallelism) {
        if (timeCost < 1 || parallelism < 1 || memoryCost < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2 needs timeCost >= 1, parallelism >= 1 and memoryCost >= 8 KiB "
                    + "per lane; got t=" + timeCost + ", m=" + memoryCost + ", p=" + parallelism);
        }
        this.timeCost = timeCost;
        this.memoryCost = memoryCost;
        this.parallelism = parallelism;
    }

    @Override
    public String algorithm() {
        return "argon2";
    }

    @Override
    public String salt() {
        char[] salt = new char[22];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = CHARS.charAt(RANDOM.nextInt(CHARS.length()));
        }
        return new String(salt);
    }

    @Override
    public String encode(String password, String salt) {
        byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
        byte[] hash = argon2id(password.getBytes(StandardCharsets.UTF_8), saltBytes, timeCost, memoryCost, parallelism,
                HASH_LENGTH);
        return "argon2$argon2id$v=19$m=" + memoryCost + ",t=" + timeCost + ",p=" + parallelism + "$"
                + B64.encodeToString(saltBytes) + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean verify(String password, String encoded) {
        Params params = Params.parse(encoded);
        if (params == null) {
            return false;
        }
        byte[] hash = argon2id(password.getBytes(StandardCharsets.UTF_8), params.salt(), params.time(), params.memory(),
                params.lanes(), params.hash().length);
        return MessageDigest.isEqual(hash, params.hash());
    }

    @Override
    public boolean mustUpdate(String encoded) {
        Params params = Params.parse(encoded);
        return params == null || params.time() != timeCost || params.memory() != memoryCost
                || params.lanes() != parallelism || params.hash().length != HASH_LENGTH;
    }

    /** Raw Argon2id (version 0x13), for the encoded form and for known-answer tests. */
    static byte[] argon2id(byte[] password, byte[] salt, int time, int memory, int lanes, int length) {
        return argon2id(password, salt, null, null, time, memory, lanes, length);
    }

    static byte[] argon2id(byte[] password, byte[] salt, byte[] secret, byte[] additional, int time, int memory,
                           int lanes, int length) {
        Argon2Parameters.Builder parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withIterations(time)
                .withMemoryAsKB(memory).withParallelism(lanes);
        if (secret != null) {
            parameters.withSecret(secret);
        }
        if (additional != null) {
            parameters.withAdditional(additional);
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters.build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    /** The parts of a Django Argon2id hash; null when it is not one. */
    record Params(int memory, int time, int lanes, byte[] salt, byte[] hash) {
        static Params parse(String encoded) {
            String[] parts = encoded.split("\\$", -1);
            if (parts.length != 6 || !parts[0].equals("argon2") || !parts[1].equals("argon2id")
                    || !parts[2].equals("v=19")) {
                return null;
            }
            try {
                int m = -1;
                int t = -1;
                int p = -1;
                for (String pair : parts[3].split(",")) {
                    String[] kv = pair.split("=", 2);
                    int value = Integer.parseInt(kv[1]);
                    switch (kv[0]) {
                        case "m" -> m = value;
                        case "t" -> t = value;
                        case "p" -> p = value;
                        default -> {
                            return null;
                        }
                    }
                }
                byte[] salt = Base64.getDecoder().decode(parts[4]);
                byte[] hash = Base64.getDecoder().decode(parts[5]);
                if (t < 1 || p < 1 || m < 8 * p || m > 4_194_304 || hash.length < 4 || hash.length > 1024) {
                    return null; // also refuses hashes that would take gigabytes to check
                }
                return new Params(m, t, p, salt, hash);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
