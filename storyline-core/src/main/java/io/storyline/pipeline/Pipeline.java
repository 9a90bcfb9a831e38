package io.storyline.pipeline;

import io.storyline.extract.Extractor;
import io.storyline.extract.HtmlExtractor;
import io.storyline.extract.text.TextCaptureExtractor;
import io.storyline.ingest.CharsetDetector;
import io.storyline.ingest.Limits;
import io.storyline.model.Article;
import io.storyline.model.Capture;
import io.storyline.model.Deadline;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Removed;
import io.storyline.model.Status;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Capture in, outcome out: decode, extract, check. Every capture gets exactly one outcome:
 * <ul>
 * <li>{@code ok} with its article (the reason, when present, notes a repair: a charset
 * declaration set aside, damaged UTF-8 replaced);</li>
 * <li>{@code skipped} {@code too-large:} (over {@link Limits#maxBytes()}) or {@code no-article:}
 * (no body text; the article is kept on the outcome for its metadata);</li>
 * <li>{@code failed} {@code timeout:}, {@code stack-overflow:}, {@code out-of-memory:} or
 * {@code error:}, with the capture's bytes for replay.</li>
 * </ul>
 * Thread-safe; holds only immutable stages.
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
            CharsetDetector.Decoding decoding = CharsetDetector.decodeExplained(capture);
            deadline.check();
            Extractor extractor = capture.format() == Format.HTML ? html : text;
            Article.Builder b = extractor.extract(decoding.decoded(), deadline);
            if (b == null) throw new IllegalStateException(extractor.getClass().getName() + " returned no article");
            String hash = contentHash(capture);
            b.provenance = capture.provenance();
            b.contentHash = hash;
            b.id = articleId(hash);
            if (b.url == null) b.url = capture.url();
            b.charset = decoding.decoded().charset();
            Article a = b.build();
            if (a.text().isBlank()) {
                return new Outcome(input, Status.SKIPPED, "no-article: no body text found" + clutterSummary(a), a, null);
            }
            return new Outcome(input, Status.OK, decoding.note(), a, null);
        } catch (Deadline.Expired e) {
            return Outcome.failed(input, "timeout: processing took longer than the limit of "
                    + describe(limits) + " and was stopped", capture.bytes());
        } catch (StackOverflowError e) {
            return Outcome.failed(input, "stack-overflow: processing ran out of stack (markup nested too deeply"
                    + " or a pathological pattern)", capture.bytes());
        } catch (OutOfMemoryError e) {
            return Outcome.failed(input, "out-of-memory: the document needs more memory than is available",
                    capture.bytes());
        } catch (RuntimeException e) {
            return Outcome.failed(input, "error: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    capture.bytes());
        }
    }

    /** " (12 blocks removed as clutter: 5 navigation, 4 share, 3 footer)", or "" when nothing was removed. */
    private static String clutterSummary(Article a) {
        if (a.removed().isEmpty()) return "";
        Map<String, Long> byWhy = a.removed().stream()
                .collect(Collectors.groupingBy(Removed::why, TreeMap::new, Collectors.counting()));
        String parts = byWhy.entrySet().stream()
                .sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .limit(6)
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        int n = a.removed().size();
        return " (" + n + (n == 1 ? " block" : " blocks") + " removed as clutter: " + parts + ")";
    }

    static String describe(Limits limits) {
        long ms = limits.timeout().toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /**
     * The content hash of a capture: SHA-256 (hex) of its bytes (for JSON Lines records, the UTF-8
     * bytes of the given text). Equal hashes mean the same content, whatever the input's name.
     */
    public static String contentHash(Capture capture) {
        return sha256(capture.bytes());
    }

    /** The article id for a content hash. */
    public static String articleId(String contentHash) {
        return "a-" + contentHash.substring(0, 16);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }
}
