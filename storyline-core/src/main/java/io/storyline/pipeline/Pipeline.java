package io.storyline.pipeline;

import io.storyline.extract.Extractor;
import io.storyline.extract.HtmlExtractor;
import io.storyline.extract.text.TextCaptureExtractor;
import io.storyline.ingest.CharsetDetector;
import io.storyline.ingest.Limits;
import io.storyline.model.Article;
import io.storyline.model.Capture;
import io.storyline.model.Deadline;
import io.storyline.model.Decoded;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Capture in, outcome out: decode, extract, check. Thread-safe; holds only immutable stages.
 */
public final class Pipeline {
    private final Limits limits;
    private final Extractor html;
    private final Extractor text;

    public Pipeline(Limits limits, Extractor html, Extractor text) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.html = Objects.requireNonNull(html, "html");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The standard stages with the given limits. */
    public static Pipeline standard(Limits limits) {
        return new Pipeline(limits, new HtmlExtractor(), new TextCaptureExtractor());
    }

    public Limits limits() {
        return limits;
    }

    /** Processes one capture within the per-document time limit. Never throws for bad data. */
    public Outcome process(Capture capture) {
        return process(capture, Deadline.after(limits.timeout()));
    }

    public Outcome process(Capture capture, Deadline deadline) {
        String input = capture.input();
        if (capture.bytes().length > limits.maxBytes()) {
            return Outcome.skipped(input, "too-large: " + capture.bytes().length
                    + " bytes exceed the per-document limit of " + limits.describeMaxBytes());
        }
        try {
            Decoded decoded = CharsetDetector.decode(capture);
            Extractor extractor = capture.format() == Format.HTML ? html : text;
            Article.Builder b = extractor.extract(decoded, deadline);
            String hash = sha256(capture.text() != null
                    ? capture.text().getBytes(StandardCharsets.UTF_8) : capture.bytes());
            b.provenance = capture.provenance();
            b.contentHash = hash;
            b.id = "a-" + hash.substring(0, 16);
            if (b.url == null) b.url = capture.url();
            b.charset = decoded.charset();
            Article a = b.build();
            if (a.text().isBlank()) {
                return new Outcome(input, io.storyline.model.Status.SKIPPED,
                        "no-article: no body text found (" + a.removed().size()
                                + " blocks removed as clutter)", a, null);
            }
            return Outcome.ok(a);
        } catch (Deadline.Expired e) {
            return Outcome.failed(input, "timeout: processing took longer than "
                    + limits.timeout().toSeconds() + " s", capture.bytes());
        } catch (StackOverflowError e) {
            return Outcome.failed(input, "too-deep: the document is nested too deeply to process", capture.bytes());
        } catch (OutOfMemoryError e) {
            return Outcome.failed(input, "out-of-memory: the document needs more memory than available",
                    capture.bytes());
        } catch (RuntimeException e) {
            return Outcome.failed(input, "error: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    capture.bytes());
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }
}
