package io.storyline.ingest;

import io.storyline.model.Capture;
import io.storyline.model.Decoded;
import io.storyline.model.Format;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a capture's bytes. Order of trust: a byte-order mark; bytes that are valid UTF-8 and
 * contain multi-byte sequences (a saved page re-encoded to UTF-8 often keeps a stale
 * declaration, and such bytes are almost never meant as anything else); the HTTP header's
 * charset; the page's {@code <meta>} charset; statistical detection; then windows-1252.
 *
 * <p>Declared names are widened to the supersets browsers use (ISO-8859-1 → windows-1252,
 * EUC-KR → CP949, GB2312 → GBK, Shift_JIS → windows-31j), so pages that use the common
 * extensions decode correctly. Stateless and thread-safe.
 */
public final class CharsetDetector {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    /** Declared or detected names mapped to the superset a browser would decode with. */
    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("gb2312", "GBK"), Map.entry("gb_2312-80", "GBK"), Map.entry("x-gbk", "GBK"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"), Map.entry("iso-8859-9", "windows-1254"),
            Map.entry("tis-620", "x-windows-874"), Map.entry("utf8", "UTF-8"),
            Map.entry("unicode", "UTF-16LE"), Map.entry("utf-16", "UTF-16LE"));

    private CharsetDetector() {
    }

    /** Decodes the capture; never throws for bad bytes (malformed input is replaced). */
    public static Decoded decode(Capture capture) {
        if (capture.text() != null) return new Decoded(capture, capture.text(), "UTF-8", "given");
        byte[] b = capture.bytes();
        Charset bom = bomCharset(b);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(capture, new String(b, skip, b.length - skip, bom), bom.name(), "bom");
        }
        Utf8 utf8 = checkUtf8(b);
        if (utf8 == Utf8.VALID_MULTIBYTE) return new Decoded(capture, utf8(b), "UTF-8", "utf-8-valid");
        Charset http = lookup(capture.declaredCharset());
        if (http != null && acceptable(http, utf8)) {
            return new Decoded(capture, new String(b, http), http.name(), "http");
        }
        if (capture.format() == Format.HTML) {
            Charset meta = metaCharset(b);
            if (meta != null && acceptable(meta, utf8)) {
                return new Decoded(capture, new String(b, meta), meta.name(), "meta");
            }
        }
        if (utf8 == Utf8.ASCII) return new Decoded(capture, utf8(b), "UTF-8", "ascii");
        Charset detected = detect(b);
        if (detected != null) return new Decoded(capture, new String(b, detected), detected.name(), "detected");
        return new Decoded(capture, new String(b, Charset.forName("windows-1252")), "windows-1252", "fallback");
    }

    /** A declared UTF-8 is only believed when the bytes are valid UTF-8. */
    private static boolean acceptable(Charset cs, Utf8 utf8) {
        return !cs.equals(StandardCharsets.UTF_8) || utf8 != Utf8.INVALID;
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
            return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    enum Utf8 { ASCII, VALID_MULTIBYTE, INVALID }

    static Utf8 checkUtf8(byte[] b) {
        boolean multi = false;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            if (c >= 0xC2 && c <= 0xDF) n = 1;
            else if (c >= 0xE0 && c <= 0xEF) n = 2;
            else if (c >= 0xF0 && c <= 0xF4) n = 3;
            else return Utf8.INVALID;
            if (i + n >= b.length) return Utf8.INVALID;
            for (int k = 1; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) return Utf8.INVALID;
            }
            if (c == 0xE0 && (b[i + 1] & 0xFF) < 0xA0) return Utf8.INVALID;
            if (c == 0xED && (b[i + 1] & 0xFF) > 0x9F) return Utf8.INVALID;
            if (c == 0xF0 && (b[i + 1] & 0xFF) < 0x90) return Utf8.INVALID;
            if (c == 0xF4 && (b[i + 1] & 0xFF) > 0x8F) return Utf8.INVALID;
            multi = true;
            i += n + 1;
        }
        return multi ? Utf8.VALID_MULTIBYTE : Utf8.ASCII;
    }

    static Charset metaCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? lookup(m.group(1)) : null;
    }

    /** The charset for a declared name, widened to its browser superset; null when unknown. */
    public static Charset lookup(String name) {
        if (name == null || name.isBlank()) return null;
        String key = name.strip().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
        String mapped = SUPERSETS.getOrDefault(key, key);
        try {
            return Charset.forName(mapped);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static Charset detect(byte[] b) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, Math.min(b.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Charset cs = lookup(name);
        if (cs == null) return null;
        return decodesCleanly(b, cs) ? cs : null;
    }

    private static boolean decodesCleanly(byte[] b, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, Math.min(b.length, 1 << 20)));
            return true;
        } catch (CharacterCodingException e) {
            // the last character may be cut at the 1 MiB window; accept a detector's choice anyway when large
            return b.length > (1 << 20);
        }
    }
}
