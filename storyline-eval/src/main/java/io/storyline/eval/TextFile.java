package io.storyline.eval;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.IntFunction;

/**
 * Texts kept on disk for benchmarks too large to hold them in memory: written once, then read by
 * number from any thread (positional reads), as a store would serve them.
 */
public final class TextFile implements AutoCloseable {
    private final FileChannel channel;
    private final long[] offsets;

    private TextFile(FileChannel channel, long[] offsets) {
        this.channel = channel;
        this.offsets = offsets;
    }

    /** Writes texts {@code 0..n-1} made by {@code texts} to {@code file} and opens it for reading. */
    public static TextFile write(Path file, int n, IntFunction<String> texts) {
        long[] offsets = new long[n + 1];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long pos = 0;
            for (int i = 0; i < n; i++) {
                byte[] b = texts.apply(i).getBytes(StandardCharsets.UTF_8);
                offsets[i] = pos;
                out.write(b);
                pos += b.length;
            }
            offsets[n] = pos;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new TextFile(FileChannel.open(file, StandardOpenOption.READ), offsets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return offsets.length - 1;
    }

    public long bytes() {
        return offsets[offsets.length - 1];
    }

    public String text(int i) {
        int len = (int) (offsets[i + 1] - offsets[i]);
        ByteBuffer buf = ByteBuffer.allocate(len);
        try {
            long pos = offsets[i];
            while (buf.hasRemaining()) {
                int r = channel.read(buf, pos + buf.position());
                if (r < 0) throw new IOException("text file ends early at text " + i);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(buf.array(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
