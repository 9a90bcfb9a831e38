package io.storyline.extract.text;

import io.storyline.extract.byline.Datelines;
import io.storyline.extract.byline.WireAgencies;
import io.storyline.model.Clutter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Labels a unit from its own words, before context is considered: template code, advertisement
 * slots, feed notes, related links, captions, bylines, date lines, comment forms, subscription
 * prompts, footers, menus and share bars. Units it cannot place keep {@code local == null} and are
 * judged by position and shape later. Rules run in a fixed order; the first that fires wins.
 */
final class LocalClassifier {
    /** Lines longer than this are never judged furniture by their words alone. */
    static final int SHORT_LINE_WORDS = 8;
    /** Bylines and credit lines are at most this long. */
    static final int BYLINE_MAX_WORDS = 16;
    /** Date lines are at most this long. */
    static final int DATE_LINE_MAX_WORDS = 24;

    /** A line longer than this whose words average {@link #BLOB_WORD_CHARS} characters is data, not text. */
    static final int BLOB_CHARS = 120;
    static final int BLOB_WORD_CHARS = 30;

    /** Lower-case words that may sit inside a person's name. */
    private static final Set<String> NAME_PARTICLES = Set.of(
            "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "al", "el", "bin", "bint",
            "ibn", "y", "e", "and", "&", "st.", "mc", "o'", "ter", "ten", "dos", "das");

    private LocalClassifier() {
    }

    static void classify(Unit u) {
        u.local = label(u);
    }

    private static Clutter label(Unit u) {
        // text browsers' link marks ("[12]Home") say nothing about what a line is
        String t = u.text.indexOf('[') >= 0 ? Vocabulary.LINK_MARKER.matcher(u.text).replaceAll("").strip() : u.text;
        int w = u.words;
        boolean prose = u.shape == Unit.Shape.PROSE;
        // encoded data and minified code: words no language has
        if (t.length() > BLOB_CHARS && t.length() > w * BLOB_WORD_CHARS) return Clutter.TEMPLATE;
        String lower = t.toLowerCase(Locale.ROOT);
        if (Vocabulary.mentions(lower, Vocabulary.TEMPLATE_CUES) && Vocabulary.TEMPLATE.matcher(t).find()) {
            return Clutter.TEMPLATE;
        }
        if (Vocabulary.URL_LINE.matcher(t).matches()) return Clutter.NAVIGATION;
        if (w <= 30 && !prose && Vocabulary.TAGS.matcher(t).find()) return Clutter.NAVIGATION;
        if (!prose && w <= 24 && linkMarkers(u.text) >= 2) return linkRow(t);
        if (w <= 8 && Vocabulary.ADVERTISEMENT.matcher(t).find()) return Clutter.ADVERTISEMENT;
        if (w <= 60 && Vocabulary.mentions(lower, Vocabulary.SYNDICATION_CUES)
                && Vocabulary.SYNDICATION_NOTE.matcher(t).find()) return Clutter.BOILERPLATE;
        if (Vocabulary.RELATED_LINK.matcher(t).find() && w <= 30) return Clutter.RELATED;
        if (w <= 80 && (Vocabulary.mentions(lower, Vocabulary.CAPTION_CUES) && Vocabulary.CAPTION_PHRASE.matcher(t).find()
                || WireAgencies.photoCredit(t))) return Clutter.CAPTION;
        if (w <= 10 && Datelines.alone(t) != null) return Clutter.DATELINE;
        Clutter byline = byline(u);
        if (byline != null) return byline;
        if (dateLine(u)) return Clutter.METADATA;
        if (w <= 12 && Vocabulary.READING_METADATA.matcher(t).find()) return Clutter.METADATA;
        if (w <= 15 && Vocabulary.COMMENT_PHRASE.matcher(t).find()) {
            u.boundary = Vocabulary.COMMENT_SECTION.matcher(t).find();
            return Clutter.COMMENTS;
        }
        if (w <= 120 && lower.contains("cookie") && consentNotice(t)) return Clutter.FOOTER;
        if (w <= 40 && Vocabulary.mentions(lower, Vocabulary.COMMENT_POLICY_CUES)
                && Vocabulary.COMMENT_POLICY.matcher(t).find()) return Clutter.COMMENTS;
        if (w <= 40 && Vocabulary.mentions(lower, Vocabulary.SOCIAL_CUES)
                && Vocabulary.SOCIAL_PROMPT.matcher(t).find()) return Clutter.SHARE;
        if (w <= 40 && Vocabulary.mentions(lower, Vocabulary.SUBSCRIPTION_CUES)
                && Vocabulary.SUBSCRIPTION_PHRASE.matcher(t).find()
                && (w <= SHORT_LINE_WORDS || Vocabulary.ADDRESSES_READER.matcher(t).find())) return Clutter.SUBSCRIPTION;
        boolean footerCue = Vocabulary.mentions(lower, Vocabulary.FOOTER_CUES);
        if (footerCue && w <= 40 && Vocabulary.FOOTER_STRONG.matcher(t).find()) return Clutter.FOOTER;
        if (footerCue && !prose && w <= 30 && Vocabulary.FOOTER_PHRASE.matcher(t).find()) return Clutter.FOOTER;
        if (w <= 12 && Vocabulary.CONTACT_LABEL.matcher(t).find()) return Clutter.FOOTER;
        if (w <= 12 && !prose && phoneNumber(t)) return Clutter.FOOTER;
        if (w <= 12 && t.indexOf('@') >= 0 && Vocabulary.EMAIL.matcher(t).find()) return Clutter.FOOTER;
        if (w <= SHORT_LINE_WORDS && u.shape != Unit.Shape.PROSE) {
            Clutter c = shortLine(u, t);
            if (c != null) return c;
        }
        if (!prose) {
            Clutter menu = menu(t, u.fields);
            if (menu != null) return menu;
        }
        return null;
    }

    /** Section headers, reading controls and lines made only of furniture words. */
    private static Clutter shortLine(Unit u, String t) {
        if (Vocabulary.CONTROL.matcher(t).matches()) return Clutter.NAVIGATION;
        String key = Shapes.key(t);
        if (Vocabulary.AUTHOR_BOX_HEADERS.contains(key)) {
            u.boundary = true;
            return Clutter.BYLINE;
        }
        if (Vocabulary.SECTION_HEADERS.contains(key) || Vocabulary.SECTION_HEADER_PHRASE.matcher(t).matches()) {
            u.boundary = true;
            if (key.startsWith("comment") || key.startsWith("leavea")) return Clutter.COMMENTS;
            if (key.startsWith("related") || key.startsWith("alsoread") || key.startsWith("readmore")
                    || key.startsWith("readalso") || key.startsWith("more")) return Clutter.RELATED;
            return Clutter.NAVIGATION;
        }
        if (u.shape == Unit.Shape.FRAGMENT) return Clutter.NAVIGATION;
        List<String> tokens = Shapes.tokens(t);
        int counted = 0;
        for (String tok : tokens) {
            if (tok.chars().allMatch(Character::isDigit)) continue;
            counted++;
            boolean known = false;
            for (Set<String> words : Vocabulary.WORDS.values()) {
                if (words.contains(tok)) {
                    known = true;
                    break;
                }
            }
            if (!known) return null;
        }
        if (counted == 0) return Clutter.NAVIGATION;
        Clutter best = Clutter.NAVIGATION;
        int bestSigns = 0;
        for (Map.Entry<Clutter, Set<String>> e : Vocabulary.SIGNS.entrySet()) {
            int signs = 0;
            for (String tok : tokens) if (e.getValue().contains(tok)) signs++;
            if (signs > bestSigns) {
                best = e.getKey();
                bestSigns = signs;
            }
        }
        return best;
    }

    /** A cookie or consent notice: several distinct words of such notices in one line. */
    private static boolean consentNotice(String t) {
        Set<String> seen = new HashSet<>();
        for (String tok : Shapes.tokens(t)) if (Vocabulary.CONSENT_WORDS.contains(tok)) seen.add(tok);
        return seen.size() >= Vocabulary.CONSENT_MIN_WORDS;
    }

    /** A row of links from a text browser: a share bar, footer links, or else a menu. */
    private static Clutter linkRow(String t) {
        int share = 0, footer = 0;
        for (String tok : Shapes.tokens(t)) {
            if (Vocabulary.SHARE_SIGNS.contains(tok)) share++;
            if (Vocabulary.FOOTER_SIGNS.contains(tok)) footer++;
        }
        if (Vocabulary.FOOTER_STRONG.matcher(t).find() || footer >= 2) return Clutter.FOOTER;
        return share >= 2 ? Clutter.SHARE : Clutter.NAVIGATION;
    }

    private static int linkMarkers(String t) {
        Matcher m = Vocabulary.LINK_MARKER.matcher(t);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /**
     * A menu on one line: three or more short fields between separators, or between tabs or
     * wide gaps in the raw line.
     */
    private static Clutter menu(String t, int rawFields) {
        String[] fields = Vocabulary.MENU_SEPARATOR.split(t);
        if (fields.length < 3) {
            if (rawFields < 3 || Shapes.words(t) > rawFields * 3) return null;
            boolean footer = false;
            for (String tok : Shapes.tokens(t)) if (Vocabulary.FOOTER_SIGNS.contains(tok)) footer = true;
            return footer ? Clutter.FOOTER : Clutter.NAVIGATION;
        }
        boolean footer = false;
        for (String f : fields) {
            if (Shapes.words(f) > 4 || Shapes.endsLikeSentence(f)) return null;
            for (String tok : Shapes.tokens(f)) if (Vocabulary.FOOTER_SIGNS.contains(tok)) footer = true;
        }
        return footer ? Clutter.FOOTER : Clutter.NAVIGATION;
    }

    /** Bylines, credit lines and author sign-offs. */
    private static Clutter byline(Unit u) {
        String t = u.text;
        int w = u.words;
        if (w <= 40 && Vocabulary.CREDIT_LINE.matcher(t).find()) return Clutter.BYLINE;
        if (w > BYLINE_MAX_WORDS) return null;
        boolean prose = u.shape == Unit.Shape.PROSE;
        Matcher by = Vocabulary.BY.matcher(t);
        if (by.find() && !prose && nameLike(firstField(t.substring(by.end())))) return Clutter.BYLINE;
        Matcher label = Vocabulary.AUTHOR_LABEL.matcher(t);
        if (label.find() && nameLike(firstField(t.substring(label.end())))) return Clutter.BYLINE;
        Matcher mail = Vocabulary.EMAIL.matcher(t);
        if (w <= 10 && t.indexOf('@') >= 0 && mail.find() && !Vocabulary.CONTACT_LABEL.matcher(t).find()) {
            String before = t.substring(0, mail.start()).replaceAll("[\\s,;:|/(<\\[-]+$", "");
            if (!before.isEmpty() && nameLike(before)) return Clutter.BYLINE;
        }
        if (!prose && WireAgencies.credit(t) != null) return Clutter.BYLINE;
        Matcher role = Vocabulary.BYLINE_ROLE.matcher(t);
        if (!prose && w <= 8 && role.find()) {
            String before = t.substring(0, role.start()).strip();
            if (before.isEmpty() || nameLike(before)) return Clutter.BYLINE;
        }
        return null;
    }

    /** The text up to the first field separator of a byline. */
    static String firstField(String s) {
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) { // a date after the name: "Jane Roe 10. Februar 2019"
                end = i;
                break;
            }
        }
        for (String sep : new String[] {"|", ",", ";", " - ", " – ", " — ", "•", "·", "/", "(", " and ", " AND ", " & "}) {
            int i = s.indexOf(sep);
            if (i > 0 && i < end) end = i;
        }
        Matcher mail = Vocabulary.EMAIL.matcher(s);
        if (s.indexOf('@') >= 0 && mail.find() && mail.start() < end) end = mail.start();
        return s.substring(0, end).strip();
    }

    /** One to six capitalised words (name particles allowed): "Lee Min-hyung", "Jean de la Roe". */
    static boolean nameLike(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 60) return false;
        String[] parts = t.split("\\s+");
        if (parts.length > 6) return false;
        int capitalised = 0;
        for (String p : parts) {
            if (p.isEmpty()) continue;
            char c = p.charAt(0);
            if (Character.isUpperCase(c)) {
                capitalised++;
                continue;
            }
            if (!NAME_PARTICLES.contains(p.toLowerCase(Locale.ROOT))) return false;
        }
        return capitalised >= 1;
    }

    private static boolean dateLine(Unit u) {
        if (u.words > DATE_LINE_MAX_WORDS || u.shape == Unit.Shape.PROSE) return false;
        String t = u.text;
        if (t.chars().noneMatch(Character::isDigit)) return false;
        Matcher d = Vocabulary.DATE_LIKE.matcher(t);
        if (!d.find()) return false;
        if (Vocabulary.DATE_LABEL.matcher(t).find() || Vocabulary.TIME_LIKE.matcher(t).find()) return true;
        // otherwise the date must be most of the line: few words beside it
        String rest = Vocabulary.DATE_LIKE.matcher(t).replaceAll(" ");
        return Shapes.words(rest) <= 3;
    }

    private static boolean phoneNumber(String t) {
        Matcher m = Vocabulary.PHONE.matcher(t);
        while (m.find()) {
            long digits = m.group().chars().filter(Character::isDigit).count();
            if (digits >= 8 && !Vocabulary.DATE_LIKE.matcher(m.group()).find()) return true;
        }
        return false;
    }
}
