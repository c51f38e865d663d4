package dev.jango.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.core.exceptions.BadRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class MultipartFuzzTest {

    @TempDir
    Path tempDir;

    @Test
    @Timeout(120)
    void damaged_bodies_parse_or_fail_with_a_bad_request_and_leave_no_temporary_file() throws IOException {
        byte[] content = new byte[3000];
        new Random(1).nextBytes(content);
        byte[] valid = MultipartBody.create().raw("preamble\r\n").field("title", "a\r\nb")
                .file("f", "x.bin", "application/octet-stream", content)
                .part("Content-Disposition: form-data; name=\"g\"; filename*=UTF-8''%C3%A9.txt\r\n"
                        + "Content-Type: text/plain; charset=utf-8", "é".getBytes(UTF_8))
                .field("last", "--").bytes();
        UploadLimits limits = new UploadLimits(2_621_440, 1000, 100, 1000, -1, tempDir);
        Random random = new Random(20250101);
        int parsed = 0;
        int refused = 0;
        for (int round = 0; round < 3000; round++) {
            byte[] damaged = damage(valid, random);
            int chunk = 1 + random.nextInt(200);
            try {
                MultipartParser.parse(MultipartBody.trickle(damaged, chunk), MultipartBody.create().contentType(), -1,
                        limits).close();
                parsed++;
            } catch (BadRequest e) {
                assertThat(e).as("round %d", round).isExactlyInstanceOf(BadRequest.class);
                assertThat(e.getMessage()).isNotBlank();
                refused++;
            }
            try (Stream<Path> left = Files.list(tempDir)) {
                assertThat(left.toList()).as("round %d", round).isEmpty();
            }
        }
        assertThat(parsed).isPositive();
        assertThat(refused).isPositive();
    }

    private static byte[] damage(byte[] valid, Random random) {
        byte[] bytes = valid.clone();
        switch (random.nextInt(4)) {
            case 0 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 1 -> {
                for (int i = random.nextInt(5); i >= 0; i--) {
                    bytes[random.nextInt(bytes.length)] = (byte) "\r\n-\"=;: x\0".charAt(random.nextInt(10));
                }
            }
            case 2 -> {
                int at = random.nextInt(bytes.length);
                int length = random.nextInt(Math.min(300, bytes.length - at) + 1);
                byte[] cut = new byte[bytes.length - length];
                System.arraycopy(bytes, 0, cut, 0, at);
                System.arraycopy(bytes, at + length, cut, at, bytes.length - at - length);
                bytes = cut;
            }
            default -> {
                byte[] noise = new byte[random.nextInt(100)];
                random.nextBytes(noise);
                System.arraycopy(noise, 0, bytes, random.nextInt(bytes.length - noise.length), noise.length);
            }
        }
        return bytes;
    }
}
