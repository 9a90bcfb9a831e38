package io.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Decides what an input holds from its first bytes, with the file name as a tie-breaker. Content
 * wins over the name: a PNG named {@code .html} is a PNG.
 */
final class Sniffer {
    /** Known binary signatures, as (magic, description). */
    private static final List<Object[]> BINARY_MAGIC = List.of(
            new Object[] {new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "PNG image"},
            new Object[] {new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "JPEG image"},
            new Object[] {new byte[] {'G', 'I', 'F', '8'}, "GIF image"},
            new Object[] {new byte[] {'%', 'P', 'D', 'F'}, "PDF document"},
            new Object[] {new byte[] {'P', 'K', 3, 4}, "ZIP archive"},
            new Object[] {new byte[] {'R', 'I', 'F', 'F'}, "RIFF media (WebP/WAV/AVI)"},
            new Object[] {new byte[] {0x7F, 'E', 'L', 'F'}, "ELF executable"},
            new Object[] {new byte[] {'B', 'Z', 'h'}, "bzip2 archive"},
            new Object[] {new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z'}, "xz archive"},
            new Object[] {new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}, "zstd archive"},
            new Object[] {new byte[] {0, 0, 0}, "binary data"});

    /** Markup that says a text is HTML when seen near its start. */
    private static final List<String> HTML_MARKERS = List.of(
            "<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<div", "<p>", "<p ",
            "<article", "<script", "<link ", "<table", "<span", "<br", "<h1", "<!--", "<?xml");

    private Sniffer() {
    }

    /** A human description of a binary signature, or null when the bytes do not look binary. */
    static String binaryType(byte[] head, int n) {
        for (Object[] m : BINARY_MAGIC) {
            if (Bytes.startsWith(head, n, (byte[]) m[0])) return (String) m[1];
        }
        if (hasUtf16Bom(head, n)) return null;
        int control = 0;
        int limit = Math.min(n, 4096);
        for (int i = 0; i < limit; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) return "binary data (NUL bytes)";
            if (b < 9 || (b > 13 && b < 32 && b != 27)) control++;
        }
        return limit > 0 && control * 10 > limit ? "binary data (control bytes)" : null;
    }

    private static boolean hasUtf16Bom(byte[] head, int n) {
        return Bytes.startsWith(head, n, (byte) 0xFE, (byte) 0xFF) || Bytes.startsWith(head, n, (byte) 0xFF, (byte) 0xFE);
    }

    static InputKind kind(String name, byte[] head, int n) {
        if (n == 0) return InputKind.EMPTY;
        if (Bytes.startsWith(head, n, (byte) 0x1F, (byte) 0x8B)) return InputKind.GZIP;
        if (Bytes.startsWithAscii(head, n, "WARC/")) return InputKind.WARC;
        if (binaryType(head, n) != null) return InputKind.BINARY;
        String lower = name.toLowerCase(Locale.ROOT);
        String text = new String(head, 0, Math.min(n, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("\u00ef\u00bb\u00bf")) trimmed = trimmed.substring(3).stripLeading();
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl.gz")
                || (trimmed.startsWith("{") && (lower.endsWith(".json") || trimmed.contains("\"url\"")
                        || trimmed.contains("\"html\"") || trimmed.contains("\"text\"")))) {
            return InputKind.JSONL;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) return InputKind.TEXT;
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) return InputKind.HTML;
        for (String marker : HTML_MARKERS) {
            if (trimmed.startsWith(marker)) return InputKind.HTML;
        }
        int tags = 0;
        for (String marker : HTML_MARKERS) if (text.contains(marker)) tags++;
        return tags >= 2 ? InputKind.HTML : InputKind.TEXT;
    }
}
