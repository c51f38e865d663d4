package dev.jango.core.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Sign and check serialized objects, as Django's {@code signing.dumps} and {@code signing.loads} do.
 *
 * <p>The caller serializes: these methods take and return JSON as UTF-8 bytes (Django's {@code JSONSerializer}
 * writes compact JSON, {@code separators=(',', ':')}). The payload is base64url without padding, zlib-compressed
 * first when asked and when that is shorter (then marked by a leading {@code '.'}), and signed with a
 * {@link TimestampSigner}, whose salt is {@link #DEFAULT_SALT} unless the caller chose another.
 */
public final class Signing {

    /** The salt {@code signing.dumps} and {@code signing.loads} use unless given one. */
    public static final String DEFAULT_SALT = "django.core.signing";

    /** The most bytes {@link #loads} inflates a compressed payload to; larger ones are refused. */
    public static final int MAX_DECOMPRESSED_BYTES = 8 * 1024 * 1024;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Signing() {}

    /** Start a timestamp signer keyed with {@code key} and salted with {@link #DEFAULT_SALT}, as dumps/loads use. */
    public static TimestampSigner.Builder signer(String key) {
        return TimestampSigner.builder(key).salt(DEFAULT_SALT);
    }

    /**
     * Return the signed, URL-safe form of {@code json}: base64url, optionally compressed, timestamped and signed.
     *
     * <p>With {@code compress}, the zlib form is used only when it is at least two bytes shorter, as in Django.
     */
    public static String dumps(byte[] json, TimestampSigner signer, boolean compress) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(signer, "signer");
        if (compress) {
            byte[] compressed = deflate(json);
            if (compressed.length < json.length - 1) {
                return signer.sign("." + ENCODER.encodeToString(compressed));
            }
        }
        return signer.sign(ENCODER.encodeToString(json));
    }

    /**
     * Return the JSON bytes inside {@code signed} when its signature matches and it is at most {@code maxAge} old
     * ({@code null}: any age).
     *
     * @throws SignatureExpired when it is older than {@code maxAge}
     * @throws BadSignature when the signature does not match, or the payload is not base64url, not valid zlib
     *     data, or inflates past {@link #MAX_DECOMPRESSED_BYTES}
     */
    public static byte[] loads(String signed, TimestampSigner signer, Duration maxAge) {
        Objects.requireNonNull(signer, "signer");
        String payload = signer.unsign(Objects.requireNonNull(signed, "signed"), maxAge);
        boolean compressed = payload.startsWith(".");
        byte[] data;
        try {
            data = DECODER.decode((compressed ? payload.substring(1) : payload).getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new BadSignature("Payload is not base64url: " + e.getMessage(), e);
        }
        return compressed ? inflate(data) : data;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 16);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Inflate one zlib stream, ignoring anything after its end as Python's zlib.decompress does. */
    private static byte[] inflate(byte[] data) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            int limit = MAX_DECOMPRESSED_BYTES + 1; // one spare byte tells "exactly the maximum" from "past it"
            byte[] out = new byte[Math.min(limit, Math.max(64, data.length * 4))];
            int size = 0;
            while (!inflater.finished()) {
                if (size == out.length) {
                    out = Arrays.copyOf(out, (int) Math.min(limit, 2L * size));
                }
                int n = inflater.inflate(out, size, out.length - size);
                size += n;
                if (size > MAX_DECOMPRESSED_BYTES) {
                    throw new BadSignature("Compressed payload inflates past " + MAX_DECOMPRESSED_BYTES + " bytes");
                }
                if (n == 0 && !inflater.finished()) {
                    throw new BadSignature("Compressed payload is incomplete or truncated");
                }
            }
            return Arrays.copyOf(out, size);
        } catch (DataFormatException e) {
            throw new BadSignature("Compressed payload is not valid zlib data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
