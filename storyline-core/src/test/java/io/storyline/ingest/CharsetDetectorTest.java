package io.storyline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Capture;
import io.storyline.model.Decoded;
import io.storyline.model.Format;
import io.storyline.model.Provenance;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decoding of East Asian and Western pages, encoded here with Java's encoders: with no
 * declaration, a right one (HTTP or meta), and a wrong one. Texts are written for these tests.
 */
class CharsetDetectorTest {
    static final String KOREAN = "부산 해운대 구청은 올여름 해수욕장 안전요원을 작년보다 두 배 늘리겠다고 월요일 밝혔다. "
            + "구청 관계자는 지난해 사고가 잇따른 뒤 주민들의 요청이 많았다며, 야간 순찰도 함께 강화할 계획이라고 설명했다. "
            + "상인회는 관광객이 늘어날 것으로 기대한다고 말했다.";
    static final String CHINESE = "杭州市交通局周二表示，今年年底前将开通两条新的地铁线路，方便城东居民出行。"
            + "负责人说，新线路每天可运送乘客约三十万人次，并将与公交系统实现一卡通用。"
            + "部分市民担心施工期间的噪音问题，有关部门承诺将严格限制夜间作业。";
    static final String JAPANESE = "札幌市は水曜日、冬の雪まつりに合わせて臨時バスを増便すると発表した。"
            + "市の担当者によると、昨年は会場周辺の道路が混雑し、多くの観光客から苦情が寄せられたという。"
            + "今年は駅から会場までの直通便を一時間に十本運行する予定だ。";
    static final String WESTERN = "Le conseil municipal de Saint-Aubin a voté mercredi la rénovation complète de la "
            + "médiathèque, fermée depuis l'été. « Nous voulons un lieu ouvert à tous, été comme hiver », a déclaré "
            + "la maire, Hélène Garçon. Les travaux coûteront 1,2 million d'euros — un peu moins que prévu.";

    static byte[] page(String text, Charset cs, String metaCharset) {
        String meta = metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">";
        return ("<html><head>" + meta + "<title>t</title></head><body><p>" + text + "</p></body></html>").getBytes(cs);
    }

    static Decoded decode(byte[] bytes, String httpCharset) {
        return CharsetDetector.decode(new Capture(Provenance.ofFile("p.html"), Format.HTML, bytes, null, httpCharset,
                null, null));
    }

    /** (label, text, charset to encode with, meta declaration or null, HTTP declaration or null). */
    static Stream<Arguments> pages() {
        List<Arguments> out = new ArrayList<>();
        Object[][] langs = {{"Korean EUC-KR", KOREAN, "EUC-KR"}, {"Korean CP949", KOREAN, "x-windows-949"},
                {"Chinese GBK", CHINESE, "GBK"}, {"Chinese GB2312", CHINESE, "GB2312"},
                {"Japanese Shift_JIS", JAPANESE, "Shift_JIS"}, {"Japanese windows-31j", JAPANESE, "windows-31j"},
                {"French windows-1252", WESTERN, "windows-1252"}};
        for (Object[] l : langs) {
            String label = (String) l[0];
            String text = (String) l[1];
            String cs = (String) l[2];
            out.add(Arguments.of(label + ", undeclared", text, cs, null, null));
            out.add(Arguments.of(label + ", meta", text, cs, cs, null));
            out.add(Arguments.of(label + ", HTTP", text, cs, null, cs));
            out.add(Arguments.of(label + ", wrong meta utf-8", text, cs, "utf-8", null));
            out.add(Arguments.of(label + ", HTTP iso-8859-1 (server default) and right meta", text, cs, cs, "iso-8859-1"));
            if (!cs.equals("windows-1252")) {
                out.add(Arguments.of(label + ", wrong meta windows-1252", text, cs, "windows-1252", null));
                out.add(Arguments.of(label + ", wrong HTTP iso-8859-1, no meta", text, cs, null, "ISO-8859-1"));
            } else {
                out.add(Arguments.of(label + ", wrong meta euc-kr", text, cs, "euc-kr", null));
                out.add(Arguments.of(label + ", wrong HTTP utf-8", text, cs, null, "UTF-8"));
            }
        }
        out.add(Arguments.of("Korean EUC-KR, wrong meta shift_jis", KOREAN, "EUC-KR", "shift_jis", null));
        out.add(Arguments.of("Japanese Shift_JIS, wrong meta euc-kr", JAPANESE, "Shift_JIS", "euc-kr", null));
        out.add(Arguments.of("Chinese GBK, wrong meta euc-kr", CHINESE, "GBK", "euc-kr", null));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void decodesCorrectly(String label, String text, String charset, String meta, String http) {
        Decoded d = decode(page(text, Charset.forName(charset), meta), http);
        assertTrue(d.content().contains(text), label + ": decoded as " + d.charset() + " (" + d.charsetSource()
                + "): " + d.content().substring(0, Math.min(160, d.content().length())));
    }

    @Test
    void wrongDeclarationIsExplained() {
        CharsetDetector.Decoding d = CharsetDetector.decodeExplained(new Capture(Provenance.ofFile("p.html"),
                Format.HTML, page(KOREAN, Charset.forName("EUC-KR"), "windows-1252"), null, null, null, null));
        assertEquals("x-windows-949", d.decoded().charset());
        assertTrue(d.note().startsWith("charset: the page's declared windows-1252 is contradicted by the bytes"), d.note());
        CharsetDetector.Decoding right = CharsetDetector.decodeExplained(new Capture(Provenance.ofFile("p.html"),
                Format.HTML, page(KOREAN, Charset.forName("EUC-KR"), "euc-kr"), null, null, null, null));
        assertEquals("meta", right.decoded().charsetSource());
        assertNull(right.note());
    }

    @Test
    void cp949ExtensionSyllablesWithADeclaration() {
        // 똠 and 햏 are outside EUC-KR's 2,350 syllables; browsers (and we) decode EUC-KR as CP949
        String text = "똠방각하 햏자 " + KOREAN;
        assertTrue(decode(page(text, Charset.forName("x-windows-949"), "euc-kr"), null).content().contains(text));
        assertTrue(decode(page(text, Charset.forName("x-windows-949"), null), "EUC-KR").content().contains(text));
    }

    @Test
    void byteOrderMarksWin() {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, page(KOREAN, StandardCharsets.UTF_8, "euc-kr"));
        Decoded d = decode(utf8, "ISO-8859-1");
        assertEquals("bom", d.charsetSource());
        assertTrue(d.content().contains(KOREAN));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page(JAPANESE, StandardCharsets.UTF_16LE, null));
        assertTrue(decode(utf16, null).content().contains(JAPANESE));
    }

    @Test
    void utf16WithoutByteOrderMark() {
        Decoded d = decode(page(WESTERN, StandardCharsets.UTF_16BE, null), null);
        assertEquals("utf-16-pattern", d.charsetSource());
        assertTrue(d.content().contains(WESTERN));
    }

    @Test
    void validUtf8BeatsAStaleDeclaration() {
        Decoded d = decode(page(CHINESE, StandardCharsets.UTF_8, "gb2312"), "gb2312");
        assertEquals("UTF-8", d.charset());
        assertTrue(d.content().contains(CHINESE));
    }

    @Test
    void damagedUtf8IsRepairedNotMisread() {
        byte[] bytes = page(KOREAN + " " + WESTERN, StandardCharsets.UTF_8, "utf-8");
        int at = indexOf(bytes, "Saint".getBytes(StandardCharsets.US_ASCII));
        bytes[at - 2] = (byte) 0xFF; // two stray bytes in an otherwise valid page
        bytes[at + 40] = (byte) 0xC3;
        CharsetDetector.Decoding d = CharsetDetector.decodeExplained(new Capture(Provenance.ofFile("p.html"),
                Format.HTML, bytes, null, null, null, null));
        assertEquals("UTF-8", d.decoded().charset());
        assertEquals("utf-8-repaired", d.decoded().charsetSource());
        assertTrue(d.decoded().content().contains(KOREAN));
        assertEquals("invalid-utf-8: 2 malformed UTF-8 byte sequences replaced with U+FFFD", d.note());
    }

    @Test
    void declaredUtf8ThatIsNotIsDecodedAsWhatItIs() {
        CharsetDetector.Decoding d = CharsetDetector.decodeExplained(new Capture(Provenance.ofFile("p.html"),
                Format.HTML, page(WESTERN, Charset.forName("windows-1252"), "utf-8"), null, null, null, null));
        assertTrue(d.decoded().content().contains(WESTERN));
        assertTrue(d.note().startsWith("charset: the page's declared utf-8 does not fit: the bytes are not UTF-8"), d.note());
    }

    @Test
    void textCapturesIgnoreMarkupDeclarationsButUseHttp() {
        byte[] bytes = ("Notes <meta charset=\"utf-8\"> " + KOREAN).getBytes(Charset.forName("EUC-KR"));
        Capture c = new Capture(Provenance.ofFile("n.txt"), Format.TEXT, bytes, null, null, null, null);
        assertTrue(CharsetDetector.decode(c).content().contains(KOREAN));
    }

    @Test
    void unknownOrHostileDeclarationsAreIgnored() {
        for (String name : new String[] {"x-nonsense", "utf-7", "\"", "UTF-16", "../../etc", "ISO-2022-KR"}) {
            Decoded d = decode(page(WESTERN, Charset.forName("windows-1252"), null), name);
            assertTrue(d.content().contains(WESTERN), name + " -> " + d.charset());
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) if (hay[i + k] != needle[k]) continue outer;
            return i;
        }
        return -1;
    }
}
