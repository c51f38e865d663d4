package dev.jango.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of one uploaded file while it arrives: in memory up to {@code memoryAllowance} bytes, then
 * in a temporary file that it registers in {@code tempFiles} before writing, so that whoever owns that list
 * can delete it whatever happens next.
 */
final class Spool implements AutoCloseable {

    private static final int DISK_BUFFER = 64 * 1024;
    private static final int MIN_BLOCK = 8 * 1024;
    private static final int MAX_BLOCK = 64 * 1024;

    private final long memoryAllowance;
    private final Path tempDir;
    private final List<Path> tempFiles;
    private final List<byte[]> blocks = new ArrayList<>();
    private int count;
    private int blockStart;
    private long size;
    private Path file;
    private OutputStream out;

    Spool(long memoryAllowance, Path tempDir, List<Path> tempFiles) {
        this.memoryAllowance = Math.min(memoryAllowance, Integer.MAX_VALUE - 8);
        this.tempDir = tempDir;
        this.tempFiles = tempFiles;
    }

    /**
     * Append {@code len} bytes.
     *
     * @throws UncheckedIOException when the temporary file cannot be made or written (a server-side failure)
     */
    void write(byte[] b, int off, int len) {
        size += len;
        try {
            if (out == null && count + (long) len <= memoryAllowance) {
                keep(b, off, len);
                return;
            }
            if (out == null) {
                spill();
            }
            out.write(b, off, len);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write an upload to a temporary file in " + tempDir, e);
        }
    }

    /** Copy into blocks that grow with the content, from 8 KiB to 64 KiB: no copying as it grows. */
    private void keep(byte[] b, int off, int len) {
        while (len > 0) {
            byte[] block = blocks.isEmpty() ? null : blocks.getLast();
            int used = block == null ? 0 : count - blockStart;
            if (block == null || used == block.length) {
                block = new byte[(int) Math.min(Math.clamp(count, MIN_BLOCK, MAX_BLOCK), memoryAllowance - count)];
                blocks.add(block);
                blockStart = count;
                used = 0;
            }
            int n = Math.min(len, block.length - used);
            System.arraycopy(b, off, block, used, n);
            count += n;
            off += n;
            len -= n;
        }
    }

    private void spill() throws IOException {
        file = Files.createTempFile(tempDir, "jango-upload-", ".part");
        tempFiles.add(file);
        out = new BufferedOutputStream(Files.newOutputStream(file), DISK_BUFFER);
        int left = count;
        for (byte[] block : blocks) {
            out.write(block, 0, Math.min(left, block.length));
            left -= block.length;
        }
        blocks.clear();
    }

    /** The bytes written so far. */
    long size() {
        return size;
    }

    /** The content when it stayed in memory, exactly {@link #size()} long; null when it went to disk. */
    byte[] bytes() {
        if (out != null) {
            return null;
        }
        if (blocks.size() == 1 && blocks.getFirst().length == count) {
            return blocks.getFirst();
        }
        byte[] bytes = new byte[count];
        int at = 0;
        for (byte[] block : blocks) {
            int n = Math.min(block.length, count - at);
            System.arraycopy(block, 0, bytes, at, n);
            at += n;
        }
        return bytes;
    }

    /** The temporary file when the content went to disk, or null. */
    Path file() {
        return file;
    }

    /** Flush and close the temporary file, if any; the file itself stays. */
    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write an upload to a temporary file in " + tempDir, e);
            }
        }
    }
}
