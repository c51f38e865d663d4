package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the multipart parser, beside {@link MultipartFuzzTest}'s random damage: any body parses
 * or fails with a 4xx, trickled in chunks of any size, and leaves no temporary file behind.
 */
class MultipartParserFuzzTest {

    private static Path tempDir;
    private static UploadLimits limits;

    @BeforeAll
    static void makeTempDir() throws IOException {
        tempDir = Files.createTempDirectory("jango-multipart-fuzz");
        // Small limits so that the fuzzer reaches them: 64 KiB of fields, 20 fields, 5 files, files to disk past 1 KiB.
        limits = new UploadLimits(65_536, 20, 5, 1024, 262_144, tempDir);
    }

    @AfterAll
    static void removeTempDir() throws IOException {
        Files.deleteIfExists(tempDir);
    }

    /**
     * Input: one byte giving the chunk size the body arrives in, then the body; when that starts with
     * {@code multipart/}, its first line is the Content-Type instead of the usual one.
     */
    @FuzzTest(maxDuration = "8s")
    void any_body_parses_or_is_a_client_error_and_leaves_no_temporary_file(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        int chunk = 1 + (input[0] & 0xFF);
        String text = new String(input, 1, input.length - 1, StandardCharsets.ISO_8859_1);
        int newline = text.indexOf('\n');
        boolean ownType = text.startsWith("multipart/") && newline >= 0;
        String contentType = ownType ? text.substring(0, newline) : MultipartBody.create().contentType();
        byte[] body = Arrays.copyOfRange(input, ownType ? newline + 2 : 1, input.length);
        FormData form = FuzzContract.valueOrClientError(() -> MultipartParser.parse(
                MultipartBody.trickle(body, chunk), contentType, -1, limits));
        if (form != null) {
            assertThat(form.fields().size()).isLessThanOrEqualTo(20);
            form.close();
        }
        try (Stream<Path> left = Files.list(tempDir)) {
            assertThat(left.toList()).isEmpty();
        }
    }
}
