package io.storyline.extract.byline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines: the place (and sometimes date and agency) that opens a news story, such as
 * {@code SEOUL -}, {@code SEOUL, Feb 3 (Reuters) -}, {@code WASHINGTON (AP) —},
 * {@code Tokyo, Feb. 3 (Kyodo) --} or {@code NEW DELHI:}. Finding one never changes the text:
 * the caller records it and keeps the paragraph intact. Stateless and thread-safe.
 */
public final class Datelines {

    /** An upper-case place: one to five words such as SEOUL, NEW DELHI, WASHINGTON, D.C., ST. LOUIS. */
    private static final String UPPER_PLACE =
            "\\p{Lu}[\\p{Lu}\\p{M}.'’-]+(?:(?:\\s|,\\s?)\\p{Lu}[\\p{Lu}\\p{M}.'’-]*){0,4}";

    /** A title-case place, accepted only before a date or an agency: Seoul, Port Halden. */
    private static final String TITLE_PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’-]+(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]+){0,3}";

    /** A day and month as datelines print them: Feb 3, Feb. 3, February 3, 3 Feb, Sept. 19. */
    private static final String DAY_MONTH = "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s\\d{1,2}"
            + "|\\d{1,2}\\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?)(?:,?\\s\\d{4})?";

    /** The dash or colon that ends a dateline. */
    private static final String END = "\\s*(?:--|—|–|-|:)\\s+|\\s*(?:—|–)(?=\\p{Lu})";

    private static final Pattern FULL = Pattern.compile(
            "^(?<place>" + UPPER_PLACE + "|" + TITLE_PLACE + ")"
                    + "(?:,?\\s(?<date>" + DAY_MONTH + "))?"
                    + "(?:\\s?\\((?<agency>[^()]{2,40})\\))?"
                    + "(?<end>" + END + ")");

    /** Upper-case words that open a paragraph without being a place. */
    private static final Set<String> NOT_PLACES = Set.of(
            "BREAKING", "EXCLUSIVE", "UPDATE", "UPDATED", "ANALYSIS", "WATCH", "READ", "LISTEN", "PHOTOS",
            "PHOTO", "VIDEO", "OPINION", "EDITORIAL", "NOTE", "CORRECTION", "FACTBOX", "EXPLAINER", "LIVE",
            "ALSO", "MORE", "RELATED", "ADVERTISEMENT", "Q", "A", "I", "OK", "FILE", "WARNING", "NEW", "TOP",
            "URGENT", "FLASH", "BULLETIN", "COMMENT", "REVIEW", "INTERVIEW", "FEATURE", "PROFILE", "POLL",
            "UPDATE 1", "UPDATE 2", "UPDATE 3", "TIMELINE", "SPECIAL", "EDITOR'S NOTE", "DISCLAIMER");

    private Datelines() {
    }

    /**
     * A dateline at the start of a paragraph.
     *
     * @param place  the place, upper-cased ({@code SEOUL}, {@code NEW DELHI})
     * @param date   the day and month printed with it ({@code Feb 3}), or null
     * @param agency the canonical wire agency in parentheses ({@code Reuters}), or null
     * @param start  where the dateline starts in the paragraph
     * @param end    where the story's first sentence starts (after the dash or colon)
     */
    public record Dateline(String place, String date, String agency, int start, int end) {
    }

    /** The dateline that opens the paragraph, or null when it opens with none. */
    public static Dateline find(String paragraph) {
        if (paragraph == null || paragraph.isEmpty()) return null;
        int lead = 0;
        while (lead < paragraph.length() && Character.isWhitespace(paragraph.charAt(lead))) lead++;
        String p = paragraph.substring(lead, Math.min(paragraph.length(), lead + 120));
        Matcher m = FULL.matcher(p);
        if (!m.find()) return null;
        String place = m.group("place").replaceAll("[,\\s]+$", "");
        String date = m.group("date");
        String agencyText = m.group("agency");
        String agency = agencyText == null ? null : WireAgencies.name(agencyText);
        boolean upper = place.equals(place.toUpperCase(Locale.ROOT));
        // a title-case place is a dateline only with a date or an agency beside it
        if (!upper && date == null && agency == null) return null;
        if (agencyText != null && agency == null && !plausibleAgency(agencyText)) return null;
        String key = place.replaceAll("[.,]", "").strip();
        if (NOT_PLACES.contains(key) || key.length() < 2) return null;
        // the story must start after the dash: a capital letter, a digit or a quote mark
        int bodyStart = m.end();
        if (bodyStart >= p.length()) return null;
        char c = p.charAt(bodyStart);
        if (!(Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'«".indexOf(c) >= 0)) return null;
        // a colon ends a dateline only after an upper-case place ("NEW DELHI: ...")
        if (m.group("end").strip().equals(":") && !upper) return null;
        return new Dateline(place.toUpperCase(Locale.ROOT), date, agency != null ? agency : tidy(agencyText),
                lead, lead + bodyStart);
    }

    private static final Pattern ALONE = Pattern.compile(
            "^(?<place>" + UPPER_PLACE + "|" + TITLE_PLACE + ")"
                    + "(?:,?\\s(?<date>" + DAY_MONTH + "))?"
                    + "(?:\\s?\\((?<agency>[^()]{2,40})\\))?"
                    + "\\s*(?<end>--|—|–|-)\\s*$");

    /**
     * A dateline printed on a line of its own ({@code SEOUL, Feb 3 (Reuters) -}), or null. The
     * closing dash is required, so that a line holding only a place name is not taken for one.
     */
    public static Dateline alone(String line) {
        if (line == null || line.length() > 120) return null;
        String t = line.strip();
        Matcher m = ALONE.matcher(t);
        if (!m.matches()) return null;
        String place = m.group("place").replaceAll("[,\\s]+$", "");
        String agencyText = m.group("agency");
        String agency = agencyText == null ? null : WireAgencies.name(agencyText);
        if (agencyText != null && agency == null && !plausibleAgency(agencyText)) return null;
        boolean upper = place.equals(place.toUpperCase(Locale.ROOT));
        if (!upper && m.group("date") == null && agency == null) return null;
        if (NOT_PLACES.contains(place.replaceAll("[.,]", "").strip())) return null;
        int start = line.indexOf(t);
        return new Dateline(place.toUpperCase(Locale.ROOT), m.group("date"), agency != null ? agency : tidy(agencyText),
                start, start + t.length());
    }

    /** An unknown name in a dateline's parentheses: one to four capitalised words, no digits. */
    private static boolean plausibleAgency(String s) {
        return s.strip().matches("\\p{Lu}[\\p{L}.'’&-]*(?: \\p{Lu}[\\p{L}.'’&-]*){0,3}");
    }

    private static String tidy(String s) {
        return s == null ? null : s.strip();
    }
}
