package io.storyline.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Decides what an input holds from its first bytes, with the file name as a tie-breaker. Content
 * wins over the name: a PNG named {@code .html} is a PNG. Stateless.
 */
final class Sniffer {
    /** A binary format's signature at the start of a file. */
    private record Magic(byte[] bytes, String what) {
        Magic(String what, int... b) {
            this(toBytes(b), what);
        }

        private static byte[] toBytes(int[] b) {
            byte[] out = new byte[b.length];
            for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
            return out;
        }
    }

    /** Formats that are certainly not documents (gzip and WARC are handled before these). */
    private static final List<Magic> FORMATS = List.of(
            new Magic("a PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            new Magic("a JPEG image", 0xFF, 0xD8, 0xFF),
            new Magic("a GIF image", 'G', 'I', 'F', '8'),
            new Magic("a PDF document", '%', 'P', 'D', 'F', '-'),
            new Magic("a ZIP archive (or Office/EPUB document)", 'P', 'K', 3, 4),
            new Magic("a RIFF media file (WebP, WAV or AVI)", 'R', 'I', 'F', 'F'),
            new Magic("an ELF executable", 0x7F, 'E', 'L', 'F'),
            new Magic("a bzip2 archive", 'B', 'Z', 'h'),
            new Magic("an xz archive", 0xFD, '7', 'z', 'X', 'Z', 0),
            new Magic("a zstd archive", 0x28, 0xB5, 0x2F, 0xFD),
            new Magic("a 7-Zip archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            new Magic("an OLE2 (old Microsoft Office) document", 0xD0, 0xCF, 0x11, 0xE0),
            new Magic("a WOFF font", 'w', 'O', 'F', 'F'),
            new Magic("a WOFF2 font", 'w', 'O', 'F', '2'),
            new Magic("a WebAssembly module", 0, 'a', 's', 'm'),
            new Magic("an SQLite database", 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't'));

    /** Markup that says a text is HTML when it opens the document. */
    private static final List<String> HTML_OPENERS = List.of(
            "<!doctype html", "<html", "<head", "<body", "<?xml", "<!--");

    /** Markup that says a text is HTML when seen anywhere near its start (two are needed). */
    private static final List<String> HTML_MARKERS = List.of(
            "<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<div", "<p>", "<p ",
            "<article", "<script", "<link ", "<table", "<span", "<br", "<h1", "<h2", "<a href");

    /** Bytes that may appear in text; others below 0x20 count as control bytes. */
    private static boolean textControl(int b) {
        return b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x1B;
    }

    private Sniffer() {
    }

    /** What known binary format the bytes are, as a phrase ("a PNG image"), or null. */
    static String knownFormat(byte[] head, int n) {
        for (Magic m : FORMATS) {
            if (Bytes.startsWith(head, n, m.bytes())) return m.what();
        }
        if (n >= 12 && Bytes.startsWithAscii(head, n, "\0\0\0") && head[4] == 'f' && head[5] == 't'
                && head[6] == 'y' && head[7] == 'p') {
            return "an MP4/QuickTime media file";
        }
        return null;
    }

    /**
     * A description of why the bytes look binary (NUL or control bytes), or null when they look like
     * text. UTF-16 text (with or without a byte-order mark) is text.
     */
    static String binaryData(byte[] head, int n) {
        if (utf16(head, n) != null) return null;
        int limit = Math.min(n, 4096);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) return "binary data (NUL bytes)";
            if (b < 0x20 && !textControl(b)) control++;
        }
        return limit > 0 && control * 10 > limit ? "binary data (control bytes)" : null;
    }

    /**
     * UTF-16 recognised from a byte-order mark or, without one, from the pattern of NUL bytes that
     * ASCII-range characters leave in every other position; null when the bytes are not UTF-16.
     */
    static Charset utf16(byte[] head, int n) {
        if (Bytes.startsWith(head, n, (byte) 0xFF, (byte) 0xFE)) return StandardCharsets.UTF_16LE;
        if (Bytes.startsWith(head, n, (byte) 0xFE, (byte) 0xFF)) return StandardCharsets.UTF_16BE;
        int limit = Math.min(n, 4096) & ~1;
        if (limit < 16) return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < limit; i += 2) {
            if (head[i] == 0) evenNul++;
            if (head[i + 1] == 0) oddNul++;
        }
        int pairs = limit / 2;
        // ASCII-range text in UTF-16LE puts NUL in odd positions and almost never in even ones
        if (oddNul * 10 >= pairs * 6 && evenNul * 50 <= pairs) return StandardCharsets.UTF_16LE;
        if (evenNul * 10 >= pairs * 6 && oddNul * 50 <= pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** True when the bytes seen are all whitespace (and a UTF-8 byte-order mark). */
    static boolean blank(byte[] head, int n) {
        int i = Bytes.startsWith(head, n, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF) ? 3 : 0;
        for (; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) return false;
        }
        return true;
    }

    /**
     * The kind of input.
     *
     * @param name     the file name (decides only what the content leaves open)
     * @param head     the first bytes
     * @param n        how many of {@code head} are valid
     * @param complete whether {@code head} holds the whole input
     */
    static InputKind kind(String name, byte[] head, int n, boolean complete) {
        if (n == 0 || (complete && blank(head, n))) return InputKind.EMPTY;
        if (Bytes.startsWith(head, n, (byte) 0x1F, (byte) 0x8B)) return InputKind.GZIP;
        if (Bytes.startsWithAscii(head, n, "WARC/")) return InputKind.WARC;
        if (knownFormat(head, n) != null) return InputKind.FORMAT;
        if (binaryData(head, n) != null) return InputKind.BINARY;
        String lower = name.toLowerCase(Locale.ROOT);
        String text = asciiView(head, n).toLowerCase(Locale.ROOT);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("\u00ef\u00bb\u00bf")) trimmed = trimmed.substring(3).stripLeading();
        if (trimmed.startsWith("\ufeff")) trimmed = trimmed.substring(1).stripLeading();
        boolean jsonName = lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
        if (trimmed.startsWith("{") && (jsonName || trimmed.contains("\"url\"") || trimmed.contains("\"html\"")
                || trimmed.contains("\"text\""))) {
            return InputKind.JSONL;
        }
        if (jsonName && !trimmed.startsWith("<!doctype html") && !trimmed.startsWith("<html")) return InputKind.JSONL;
        for (String opener : HTML_OPENERS) {
            if (trimmed.startsWith(opener)) return InputKind.HTML;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) return InputKind.TEXT;
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
                || lower.endsWith(".shtml")) {
            return InputKind.HTML;
        }
        int tags = 0;
        for (String marker : HTML_MARKERS) if (text.contains(marker)) tags++;
        return tags >= 2 ? InputKind.HTML : InputKind.TEXT;
    }

    /** The first bytes as Latin-1, or as UTF-16 when they are UTF-16, for matching ASCII markers. */
    private static String asciiView(byte[] head, int n) {
        int len = Math.min(n, 2048);
        Charset utf16 = utf16(head, n);
        return utf16 != null ? new String(head, 0, len & ~1, utf16) : new String(head, 0, len, StandardCharsets.ISO_8859_1);
    }
}
