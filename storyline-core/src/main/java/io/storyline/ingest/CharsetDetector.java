package io.storyline.ingest;

import io.storyline.model.Capture;
import io.storyline.model.Decoded;
import io.storyline.model.Format;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;
import org.mozilla.universalchardet.prober.Big5Prober;
import org.mozilla.universalchardet.prober.CharsetProber;
import org.mozilla.universalchardet.prober.EUCJPProber;
import org.mozilla.universalchardet.prober.EUCKRProber;
import org.mozilla.universalchardet.prober.GB18030Prober;
import org.mozilla.universalchardet.prober.MBCSGroupProber;
import org.mozilla.universalchardet.prober.SJISProber;

/**
 * Decodes a capture's bytes. Order of trust:
 * <ol>
 * <li>a byte-order mark;</li>
 * <li>bytes that are valid UTF-8 and contain multi-byte sequences (a saved page re-encoded to
 * UTF-8 often keeps a stale declaration, and such bytes are almost never meant as anything else),
 * or that are UTF-16 by their pattern of NUL bytes;</li>
 * <li>bytes that are UTF-8 but for a few damaged sequences: decoded as UTF-8, the damage
 * replaced with U+FFFD;</li>
 * <li>the HTTP header's charset, then the page's {@code <meta>} (or XML) declaration, each only
 * when it fits the bytes: a declaration is set aside when decoding with it fails on more than a
 * few bytes, or when the multi-byte statistics are confident of another East Asian charset
 * and give the declared one little support;</li>
 * <li>statistical detection (juniversalchardet), accepted when the bytes decode cleanly with it;</li>
 * <li>windows-1252.</li>
 * </ol>
 *
 * <p>Declared and detected names are widened to the supersets browsers use (ISO-8859-1 →
 * windows-1252, EUC-KR → CP949, GB2312 → GBK, Shift_JIS → windows-31j), so pages that use the
 * common extensions decode correctly. Stateless and thread-safe.
 */
public final class CharsetDetector {
    /** {@code <meta charset=…>} and {@code <meta http-equiv content="…; charset=…">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    /** {@code <?xml … encoding="…"?>} at the start of XHTML. */
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    /** How far into a page declarations are looked for. */
    private static final int DECLARATION_WINDOW = 8192;
    /** How much of a page the statistics read (enough for any real page's evidence). */
    private static final int DETECTION_WINDOW = 1 << 20;

    /** Declared or detected names mapped to the superset a browser would decode with. */
    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"), Map.entry("l1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("ksc5601", "x-windows-949"), Map.entry("cp949", "x-windows-949"),
            Map.entry("windows-949", "x-windows-949"),
            Map.entry("gb2312", "GBK"), Map.entry("gb_2312-80", "GBK"), Map.entry("x-gbk", "GBK"),
            Map.entry("euc-cn", "GBK"), Map.entry("cp936", "GBK"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"), Map.entry("ms_kanji", "windows-31j"),
            Map.entry("cp932", "windows-31j"), Map.entry("iso-8859-9", "windows-1254"),
            Map.entry("tis-620", "x-windows-874"), Map.entry("iso-8859-11", "x-windows-874"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("utf8", "UTF-8"));

    /** Multi-byte families with a statistical prober, keyed by the widened charset's name. */
    private static final Map<String, Supplier<CharsetProber>> FAMILY_PROBERS = Map.of(
            "x-windows-949", EUCKRProber::new, "GBK", GB18030Prober::new, "GB18030", GB18030Prober::new,
            "windows-31j", SJISProber::new, "EUC-JP", EUCJPProber::new, "Big5-HKSCS", Big5Prober::new,
            "Big5", Big5Prober::new);

    /** Confidence above which the multi-byte statistics may overrule a declaration. */
    private static final float CONFIDENT = 0.9f;
    /** Confidence below which a declared multi-byte charset counts as unsupported by the bytes. */
    private static final float UNSUPPORTED = 0.5f;
    /**
     * Share of well-formed multi-byte sequences among non-ASCII ones that makes damaged bytes UTF-8
     * still. Other encodings rarely form valid UTF-8 sequences (Hangul in EUC-KR about one in ten,
     * accented Latin in windows-1252 almost never), so a clear majority is strong evidence.
     */
    private static final double MOSTLY_UTF8 = 0.8;

    private CharsetDetector() {
    }

    /**
     * The decoded capture and, when the choice deserves a word in the input's outcome (a
     * declaration set aside, damaged bytes replaced), that word; else null.
     */
    public record Decoding(Decoded decoded, String note) {
    }

    /** Decodes the capture; never throws for bad bytes (malformed input is replaced). */
    public static Decoded decode(Capture capture) {
        return decodeExplained(capture).decoded();
    }

    /** Like {@link #decode} but says why when a declaration was overruled or bytes were damaged. */
    public static Decoding decodeExplained(Capture capture) {
        if (capture.text() != null) return plain(capture, capture.text(), "UTF-8", "given");
        byte[] b = capture.bytes();
        Charset bom = CharsetDetector.bomCharset(b);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return plain(capture, new String(b, skip, b.length - skip, bom), bom.name(), "bom");
        }
        // fast path for the common case: the JDK's decoder, and no replacement character in the result
        String asUtf8 = utf8(b);
        if (asUtf8.length() != b.length && asUtf8.indexOf('\uFFFD') < 0) {
            return plain(capture, asUtf8, "UTF-8", "utf-8-valid");
        }
        Utf8Stats utf8 = Utf8Stats.of(b);
        if (utf8.invalid() == 0 && utf8.multibyte() > 0) return plain(capture, asUtf8, "UTF-8", "utf-8-valid");
        Charset utf16 = Sniffer.utf16(b, Math.min(b.length, Ingestor.HEAD));
        if (utf16 != null) return plain(capture, new String(b, utf16), utf16.name(), "utf-16-pattern");
        if (utf8.mostlyValid()) {
            return new Decoding(new Decoded(capture, asUtf8, "UTF-8", "utf-8-repaired"),
                    "invalid-utf-8: " + utf8.invalid() + " malformed UTF-8 byte sequence"
                            + (utf8.invalid() == 1 ? "" : "s") + " replaced with U+FFFD");
        }
        String rejected = null;
        for (String[] declaration : declarations(capture)) {
            String name = declaration[0];
            String source = declaration[1];
            Charset cs = declared(name, source);
            if (cs == null) continue;
            String why = misfit(b, utf8, cs);
            if (why == null) {
                Decoded d = new Decoded(capture, new String(b, cs), cs.name(), source);
                return new Decoding(d, rejected == null ? null : rejected + "; decoded as " + cs.name() + " (" + source + ")");
            }
            String note = "charset: the " + (source.equals("http") ? "HTTP header's" : "page's") + " declared "
                    + name + " " + why;
            rejected = rejected == null ? note : rejected + "; " + note;
        }
        if (utf8.ascii()) return new Decoding(new Decoded(capture, asUtf8, "UTF-8", "ascii"), null);
        Charset detected = detect(b);
        if (detected != null) {
            return new Decoding(new Decoded(capture, new String(b, detected), detected.name(), "detected"),
                    rejected == null ? null : rejected + "; decoded as " + detected.name() + " (detected)");
        }
        Charset fallback = Charset.forName("windows-1252");
        return new Decoding(new Decoded(capture, new String(b, fallback), fallback.name(), "fallback"),
                rejected == null ? null : rejected + "; decoded as windows-1252 (fallback)");
    }

    private static Decoding plain(Capture c, String content, String charset, String source) {
        return new Decoding(new Decoded(c, content, charset, source), null);
    }

    /** The declarations in order of trust, as (name, source) pairs. */
    private static List<String[]> declarations(Capture capture) {
        String http = capture.declaredCharset();
        String meta = capture.format() == Format.HTML ? metaCharsetName(capture.bytes()) : null;
        if (http != null && !http.isBlank() && meta != null) return List.of(new String[] {http, "http"}, new String[] {meta, "meta"});
        if (http != null && !http.isBlank()) return List.<String[]>of(new String[] {http, "http"});
        if (meta != null) return List.<String[]>of(new String[] {meta, "meta"});
        return List.of();
    }

    /** A declared charset; in a page, UTF-16 without a byte-order mark means UTF-8 (as browsers read it). */
    private static Charset declared(String name, String source) {
        Charset cs = lookup(name);
        if (cs != null && source.equals("meta") && cs.name().startsWith("UTF-16")) return StandardCharsets.UTF_8;
        return cs;
    }

    /** Why a declared charset does not fit the bytes, or null when it does. */
    private static String misfit(byte[] b, Utf8Stats utf8, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            return utf8.invalid() == 0 ? null : "does not fit: the bytes are not UTF-8 ("
                    + utf8.invalid() + " invalid sequences)";
        }
        if (cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")) {
            return "does not fit: the bytes are not " + cs.name();
        }
        if (cs.name().startsWith("ISO-2022") && !utf8.ascii()) {
            return "does not fit: the bytes are not 7-bit, as " + cs.name() + " is";
        }
        if (utf8.ascii() && !cs.name().startsWith("ISO-2022")) return null;
        int bad = malformed(b, cs);
        if (bad > tolerance(utf8.high())) return "does not fit: " + bad + " byte sequences cannot be decoded with it";
        Guess mb = strongestMultibyte(b);
        if (mb != null && mb.confidence() >= CONFIDENT && !mb.charset().equals(cs)
                && malformed(b, mb.charset()) <= tolerance(utf8.high())) {
            float support = familyConfidence(cs, b);
            if (support < UNSUPPORTED) {
                return String.format(Locale.ROOT, "is contradicted by the bytes, which read as %s (confidence %.2f against %.2f)",
                        mb.charset().name(), mb.confidence(), support);
            }
        }
        return null;
    }

    /** A few undecodable bytes are normal (a stray byte, a cut last character); more mean the wrong charset. */
    private static int tolerance(int highBytes) {
        return Math.max(2, highBytes / 200);
    }

    /** A charset the multi-byte statistics favour, and how strongly. */
    private record Guess(Charset charset, float confidence) {
    }

    private static Guess strongestMultibyte(byte[] b) {
        try {
            MBCSGroupProber prober = new MBCSGroupProber();
            prober.handleData(b, 0, Math.min(b.length, DETECTION_WINDOW));
            Charset cs = lookup(prober.getCharSetName());
            if (cs == null || cs.equals(StandardCharsets.UTF_8)) return null;
            return new Guess(cs, prober.getConfidence());
        } catch (RuntimeException e) {
            return null; // the group prober fails when every prober has given up (found by the property tests)
        }
    }

    /** How well the bytes support a multi-byte charset's statistics; 0 for single-byte charsets. */
    private static float familyConfidence(Charset cs, byte[] b) {
        Supplier<CharsetProber> s = FAMILY_PROBERS.get(cs.name());
        if (s == null) return 0f;
        try {
            CharsetProber p = s.get();
            p.handleData(b, 0, Math.min(b.length, DETECTION_WINDOW));
            return p.getState() == CharsetProber.ProbingState.NOT_ME ? 0f : p.getConfidence();
        } catch (RuntimeException e) {
            return 0f;
        }
    }

    /** Counts the byte sequences that cannot be decoded with the charset (in the detection window). */
    static int malformed(byte[] b, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, 0, Math.min(b.length, DETECTION_WINDOW));
        CharBuffer out = CharBuffer.allocate(8192);
        int bad = 0;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                bad++;
                in.position(Math.min(in.limit(), in.position() + r.length()));
            } else if (r.isOverflow()) {
                out.clear();
            } else {
                break;
            }
        }
        return bad;
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

    /**
     * What UTF-8 makes of the bytes.
     *
     * @param high      bytes ≥ 0x80
     * @param multibyte well-formed multi-byte sequences
     * @param invalid   malformed sequences (each counted once)
     */
    record Utf8Stats(int high, int multibyte, int invalid) {
        boolean ascii() {
            return high == 0;
        }

        /** Mostly well-formed UTF-8 with a little damage: decode as UTF-8 and replace the damage. */
        boolean mostlyValid() {
            return multibyte >= 3 && multibyte >= (multibyte + invalid) * MOSTLY_UTF8;
        }

        static Utf8Stats of(byte[] b) {
            int high = 0, multi = 0, invalid = 0;
            for (int i = 0; i < b.length; ) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                high++;
                int n = sequenceLength(b, i);
                if (n < 0) {
                    invalid++;
                    i++;
                } else {
                    multi++;
                    high += n - 1;
                    i += n;
                }
            }
            return new Utf8Stats(high, multi, invalid);
        }

        /** Length of the well-formed multi-byte sequence at i, or -1. */
        private static int sequenceLength(byte[] b, int i) {
            int c = b[i] & 0xFF;
            int n;
            if (c >= 0xC2 && c <= 0xDF) n = 2;
            else if (c >= 0xE0 && c <= 0xEF) n = 3;
            else if (c >= 0xF0 && c <= 0xF4) n = 4;
            else return -1;
            if (i + n > b.length) return -1;
            for (int k = 1; k < n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) return -1;
            }
            int c1 = b[i + 1] & 0xFF;
            if (c == 0xE0 && c1 < 0xA0) return -1;
            if (c == 0xED && c1 > 0x9F) return -1;
            if (c == 0xF0 && c1 < 0x90) return -1;
            if (c == 0xF4 && c1 > 0x8F) return -1;
            return n;
        }
    }

    /** The charset a page declares in a {@code <meta>} tag or an XML declaration, as written; null when none. */
    static String metaCharsetName(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher x = XML_ENCODING.matcher(head);
        if (x.find()) return x.group(1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    static Charset metaCharset(byte[] b) {
        return lookup(metaCharsetName(b));
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
        Charset cs;
        try {
            UniversalDetector detector = new UniversalDetector();
            detector.handleData(b, 0, Math.min(b.length, DETECTION_WINDOW));
            detector.dataEnd();
            cs = lookup(detector.getDetectedCharset());
        } catch (RuntimeException e) {
            return null;
        }
        if (cs == null || cs.equals(StandardCharsets.UTF_8)) return null;
        return malformed(b, cs) <= tolerance(Utf8Stats.of(b).high()) ? cs : null;
    }
}
