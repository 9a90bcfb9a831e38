package io.storyline.extract.date;

import io.storyline.extract.date.DateVocabulary.Order;
import io.storyline.extract.date.DateVocabulary.Zone;
import io.storyline.model.DateValue;
import io.storyline.model.Precision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates printed in short texts (bylines, date lines, captions) in the forms sites print
 * them, e.g. {@code Updated: 03-02-2021 15:35 IST}, {@code Published : Sept. 19, 2019 - 18:09},
 * {@code Published: 21:42, February 3, 2021}. Labels before a date ("Updated", "Created",
 * "Published", "Posted") set its role. Ambiguous day/month order is resolved from the other dates
 * in the same text, then from the hint. Stateless and thread-safe.
 *
 * <p>Forms read: ISO ({@code 2021-02-03}, with time and offset), year-first with slashes, dots
 * or CJK markers ({@code 2021/02/03}, {@code 2021.02.03}, {@code 2021年2月3日},
 * {@code 2021년 2월 3일}), numeric day-month-year or month-day-year ({@code 03-02-2021},
 * {@code 12.03.2019}, {@code 2/3/21}), month names first ({@code Feb 3, 2021},
 * {@code Tuesday, February 19, 2019}) or after the day ({@code 3 February 2021},
 * {@code 31. Mai 2012}, {@code 3 de febrero de 2021}), and month-year ({@code February 2021}, at
 * month precision). A time printed before or after the date ({@code 21:42,}, {@code - 18:09},
 * {@code 3:35 p.m.}, {@code 15h35}, {@code 15.35 Uhr}) and a zone ({@code IST}, {@code GMT+9},
 * {@code +05:30}) make the value minute-precise, with the offset when the zone is known.
 *
 * <p>Only the characters next to a digit or a month name are examined, so long texts cost
 * little.
 */
public final class PrintedDates {
    /** Two-digit years at or below this are read as 20xx, above it as 19xx. */
    private static final int TWO_DIGIT_YEAR_PIVOT = 69;
    /** Plausible years of a printed date. */
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2099;
    /** How far (chars) a pattern anchored at a digit or a month name may reach. */
    private static final int REACH = 64;
    /** How far back (chars) a label is looked for before a date. */
    private static final int LABEL_REACH = 48;
    /** How far back (chars) a time printed before its date may start. */
    private static final int TIME_BEFORE_REACH = 32;

    /** {@code 2021-02-03}, optionally with time, seconds, fraction and offset. */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:T(\\d{2}):(\\d{2})(?::\\d{2}(?:[.,]\\d+)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?(?![\\d])");
    /** {@code 2021/02/03}, {@code 2021.02.03}, {@code 2021. 2. 3.} */
    private static final Pattern YMD = Pattern.compile("(\\d{4})([/.])\\s?(\\d{1,2})\\2\\s?(\\d{1,2})(?!\\d|[.,]\\d)\\.?");
    /** {@code 2021年2月3日}, {@code 2021년 2월 3일} */
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    /** {@code 03-02-2021}, {@code 12.03.2019}, {@code 2/3/21}: day and month in either order. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[.,]\\d)");
    /** {@code 3 February 2021}, {@code 31. Mai 2012}, {@code 3rd of Feb, 2021}, {@code 3-Feb-2021}, {@code 3 de febrero de 2021}. */
    private static final Pattern DAY_NAME = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th|er|e|\\.|º)?(?:\\s*(?:of|de)\\s+|\\s+|-|\\.\\s*)(\\p{L}{3,12})\\.?(?:,?\\s+(?:de\\s+|del\\s+)?|-|\\s*,\\s*)(\\d{4})(?!\\d)");
    /** {@code February 3, 2021}, {@code Sept. 19, 2019}, {@code Feb 3rd 2021}. */
    private static final Pattern NAME_DAY = Pattern.compile(
            "(\\p{L}{3,12})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+|,)(\\d{4})(?!\\d)");
    /** {@code February 2021} (full month names only; read at month precision). */
    private static final Pattern NAME_YEAR = Pattern.compile("(\\p{L}{4,12}),?\\s+(\\d{4})(?!\\d)");

    private static final String ZONE = "(?:\\(?\\b(?:(UTC|GMT)\\s?([+-]\\d{1,2})(?::?(\\d{2}))?|([A-Z]{2,5}))\\b\\)?|([+-]\\d{2}):?(\\d{2})\\b)";
    /** A time after the date: {@code , 15:35 IST}, {@code - 18:09}, {@code at 3:35 p.m. EDT}, {@code um 15.35 Uhr}, {@code à 15h35}. */
    private static final Pattern TIME_AFTER = Pattern.compile(
            "(?:\\s*[,|·•@–—-])?\\s*(?:(?:at|um|à|a las|alle|kl\\.?|klo|o)\\s+)?(\\d{1,2})([:h.])(\\d{2})(?::\\d{2})?(?:\\s*([aApP])\\.?\\s?[mM]\\.?)?(?:\\s*(Uhr|h|hrs)\\b)?(?:\\s*" + ZONE + ")?",
            Pattern.UNICODE_CASE);
    /** A time before the date: {@code 21:42, February 3, 2021}, {@code 3:35 PM ET, Feb 3, 2021}. */
    private static final Pattern TIME_BEFORE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(:)(\\d{2})(?::\\d{2})?(?:\\s*([aApP])\\.?\\s?[mM]\\.?)?(?:\\s*(Uhr|h)\\b)?(?:\\s*" + ZONE + ")?\\s*(?:[,|·•–—-]|on|le|am)?\\s*$");

    private static final Pattern HINT_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private PrintedDates() {
    }

    /**
     * @param text the text to search
     * @param hint context for ambiguous numeric dates, space-separated, may be null: an ISO
     *             date seen elsewhere on the page ({@code 2021-02-03}, the reading nearest to it
     *             wins) and/or a locale ({@code en-US}, {@code de}, {@code IN}: US English reads
     *             month first, others day first)
     * @return the dates found, in text order
     */
    public static List<PrintedDate> find(String text, String hint) {
        if (text == null || text.isEmpty()) return List.of();
        List<Raw> raws = scan(text);
        if (raws.isEmpty()) return List.of();
        Context ctx = new Context(raws, hint);
        List<PrintedDate> out = new ArrayList<>(raws.size());
        int prevEnd = 0;
        for (Raw r : raws) {
            PrintedDate p = finish(text, r, ctx, prevEnd);
            if (p != null) {
                out.add(p);
                prevEnd = p.end();
            }
        }
        return List.copyOf(out);
    }

    /** A date matched but not yet resolved: both readings for ambiguous numeric forms. */
    private static final class Raw {
        int start, end;
        int year, first, second; // for numeric forms first/second are the two small numbers
        boolean numericAmbiguous; // day/month order undecided
        Order order;              // order when known from the form itself
        char separator;
        Precision precision = Precision.DAY;
        // time, when printed
        int hour = -1, minute = -1;
        String offset;            // "+05:30", "Z" or null
        Order zoneOrder;
        int labelFrom;            // where the label search window may start at the earliest
    }

    /** What the whole text and the hint say about ambiguous numeric dates. */
    private static final class Context {
        final Order textOrder;
        final Order zoneOrder;
        final LocalDate hintDate;
        final Order hintOrder;

        Context(List<Raw> raws, String hint) {
            Order t = null, z = null;
            for (Raw r : raws) {
                if (t == null && r.separator != 0 && !r.numericAmbiguous && r.order != null && r.precision != Precision.MONTH) t = r.order;
                if (z == null && r.zoneOrder != null) z = r.zoneOrder;
            }
            textOrder = t;
            zoneOrder = z;
            LocalDate hd = null;
            Order ho = null;
            if (hint != null) {
                Matcher m = HINT_DATE.matcher(hint);
                if (m.find()) hd = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                for (String tok : hint.split("[\\s,;]+")) {
                    if (tok.isEmpty() || Character.isDigit(tok.charAt(0))) continue;
                    String u = tok.toUpperCase(Locale.ROOT).replace('_', '-');
                    if (u.equals("US") || u.endsWith("-US") || u.equals("PH") || u.endsWith("-PH")) ho = Order.MDY;
                    else if (!u.equals("EN") && u.matches("[A-Z]{2,3}(-[A-Z0-9]{2,4})?")) ho = Order.DMY;
                }
            }
            hintDate = hd;
            hintOrder = ho;
        }
    }

    private static List<Raw> scan(String s) {
        List<Raw> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        Matchers m = new Matchers(s);
        while (i < n) {
            char c = s.charAt(i);
            boolean boundary = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
            if (c >= '0' && c <= '9') {
                Raw r = boundary ? atDigit(s, i, m) : null;
                if (r != null) {
                    out.add(r);
                    i = r.end;
                    m.floor = r.end;
                    continue;
                }
                while (i < n && Character.isDigit(s.charAt(i))) i++;
            } else if (Character.isLetter(c)) {
                int we = i;
                while (we < n && Character.isLetter(s.charAt(we))) we++;
                Raw r = boundary && DateVocabulary.month(s, i, we) != 0 ? atMonth(s, i, m) : null;
                if (r != null) {
                    out.add(r);
                    i = r.end;
                    m.floor = r.end;
                    continue;
                }
                i = we;
            } else {
                i++;
            }
        }
        return out;
    }

    /** One matcher per pattern, reused over the text. */
    private static final class Matchers {
        final Matcher iso, ymd, cjk, numeric, dayName, nameDay, nameYear, timeAfter, timeBefore;
        /** End of the last date found: a time before the next date cannot start earlier. */
        int floor;

        Matchers(String s) {
            iso = ISO.matcher(s);
            ymd = YMD.matcher(s);
            cjk = CJK.matcher(s);
            numeric = NUMERIC.matcher(s);
            dayName = DAY_NAME.matcher(s);
            nameDay = NAME_DAY.matcher(s);
            nameYear = NAME_YEAR.matcher(s);
            timeAfter = TIME_AFTER.matcher(s);
            timeBefore = TIME_BEFORE.matcher(s);
        }
    }

    private static boolean at(Matcher m, String s, int i) {
        m.region(i, Math.min(s.length(), i + REACH));
        return m.lookingAt();
    }

    private static int num(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    private static Raw atDigit(String s, int i, Matchers m) {
        // a digit run preceded by "1." or "1-" belongs to a longer number (version, phone)
        if (i >= 2 && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '-' || s.charAt(i - 1) == '/') && Character.isDigit(s.charAt(i - 2))) return null;
        Raw r = new Raw();
        r.start = i;
        if (at(m.iso, s, i)) {
            Matcher x = m.iso;
            if (!fill(r, num(x, 1), num(x, 2), num(x, 3))) return null;
            r.end = x.end();
            if (x.group(4) != null) {
                r.hour = num(x, 4);
                r.minute = num(x, 5);
                if (x.group(6) != null) r.offset = normaliseOffset(x.group(6));
                if (r.hour > 23 || r.minute > 59) { r.hour = -1; r.minute = -1; r.offset = null; }
            }
            r.order = Order.DMY;
            return withTime(s, r, m);
        }
        if (at(m.ymd, s, i) && fill(r, num(m.ymd, 1), num(m.ymd, 3), num(m.ymd, 4))) {
            r.end = m.ymd.end();
            return withTime(s, r, m);
        }
        if (at(m.cjk, s, i) && fill(r, num(m.cjk, 1), num(m.cjk, 2), num(m.cjk, 3))) {
            r.end = m.cjk.end();
            return withTime(s, r, m);
        }
        if (at(m.numeric, s, i)) {
            Matcher x = m.numeric;
            char sep = x.group(2).charAt(0);
            String y = x.group(4);
            if (y.length() == 2 && sep == '-') return null; // "03-02-21": too often a code or a score
            int year = y.length() == 2 ? twoDigitYear(Integer.parseInt(y)) : Integer.parseInt(y);
            int a = num(x, 1), b = num(x, 3);
            boolean dmy = valid(year, b, a), mdy = valid(year, a, b);
            if (!dmy && !mdy) return null;
            r.year = year;
            r.first = a;
            r.second = b;
            r.separator = sep;
            if (dmy && mdy && a != b) r.numericAmbiguous = true;
            else r.order = dmy ? Order.DMY : Order.MDY;
            r.end = x.end();
            return withTime(s, r, m);
        }
        if (at(m.dayName, s, i)) {
            Matcher x = m.dayName;
            int month = DateVocabulary.month(s, x.start(2), x.end(2));
            if (month != 0 && fill(r, num(x, 3), month, num(x, 1))) {
                r.end = x.end();
                return withTime(s, r, m);
            }
        }
        return null;
    }

    private static Raw atMonth(String s, int i, Matchers m) {
        Raw r = new Raw();
        r.start = i;
        if (at(m.nameDay, s, i)) {
            Matcher x = m.nameDay;
            int month = DateVocabulary.month(s, x.start(1), x.end(1));
            if (month != 0 && fill(r, num(x, 3), month, num(x, 2))) {
                r.end = x.end();
                r.start = withWeekday(s, i);
                return withTime(s, r, m);
            }
        }
        if (at(m.nameYear, s, i)) {
            Matcher x = m.nameYear;
            int month = DateVocabulary.month(s, x.start(1), x.end(1));
            int year = num(x, 2);
            if (month != 0 && year >= MIN_YEAR && year <= MAX_YEAR) {
                r.year = year;
                r.first = 1;
                r.second = month;
                r.order = Order.DMY;
                r.precision = Precision.MONTH;
                r.end = x.end();
                return r;
            }
        }
        return null;
    }

    /** Extends a match back over a weekday written before it ("Tuesday, "), for the evidence. */
    private static int withWeekday(String s, int i) {
        int j = i - 1;
        while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == ',')) j--;
        int we = j + 1;
        while (j >= 0 && Character.isLetter(s.charAt(j))) j--;
        int ws = j + 1;
        if (we - ws >= 3 && we - ws <= 11 && isWeekday(s.substring(ws, we))) return ws;
        return i;
    }

    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    private static boolean isWeekday(String w) {
        return WEEKDAYS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** Sets a day-precise date from its year, month and day; false when not a calendar date. */
    private static boolean fill(Raw r, int year, int month, int day) {
        if (!valid(year, month, day)) return false;
        r.year = year;
        r.first = day;
        r.second = month;
        r.order = Order.DMY;
        return true;
    }

    private static boolean valid(int year, int month, int day) {
        return year >= MIN_YEAR && year <= MAX_YEAR && date(year, month, day) != null;
    }

    private static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) return null;
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int twoDigitYear(int y) {
        return y <= TWO_DIGIT_YEAR_PIVOT ? 2000 + y : 1900 + y;
    }

    /** Attaches a time printed right after the date, else right before it. */
    private static Raw withTime(String s, Raw r, Matchers m) {
        if (r.hour >= 0) return r;
        Matcher a = m.timeAfter;
        if (r.end < s.length() && at(a, s, r.end) && a.group(1) != null) {
            boolean dotted = a.group(2).equals(".");
            boolean hSep = a.group(2).equals("h");
            // "15.35" only counts as a time with "Uhr", am/pm or a zone beside it; "15h35" is French
            boolean zoned = a.group(6) != null || a.group(10) != null
                    || (a.group(9) != null && DateVocabulary.zone(a.group(9)) != null);
            if ((!dotted || a.group(4) != null || a.group(5) != null || zoned) && (!hSep || a.group(5) == null)) {
                if (setTime(r, num(a, 1), num(a, 3), a.group(4), a, 6)) {
                    r.end = unknownZoneWord(a, 6) ? a.start(9) : a.end();
                    trimEnd(s, r);
                    return r;
                }
            }
        }
        int from = Math.max(m.floor, r.start - TIME_BEFORE_REACH);
        if (from >= r.start) return r;
        Matcher b = m.timeBefore;
        b.region(from, r.start);
        if (b.find() && setTime(r, num(b, 1), num(b, 3), b.group(4), b, 6)) {
            r.start = b.start();
        }
        return r;
    }

    /** True when the zone group matched a word that names no zone (it is then not part of the date). */
    private static boolean unknownZoneWord(Matcher m, int zg) {
        return m.group(zg + 3) != null && DateVocabulary.zone(m.group(zg + 3)) == null;
    }

    /** Drops trailing blanks a pattern may have swallowed. */
    private static void trimEnd(String s, Raw r) {
        while (r.end > r.start && (Character.isWhitespace(s.charAt(r.end - 1)) || s.charAt(r.end - 1) == '(')) r.end--;
    }

    /**
     * Sets the time and zone; zone groups start at {@code zg}: (UTC|GMT), its hours, its
     * minutes, an abbreviation, offset hours, offset minutes.
     */
    private static boolean setTime(Raw r, int hour, int minute, String ampm, Matcher m, int zg) {
        if (ampm != null) {
            if (hour < 1 || hour > 12) return false;
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59) return false;
        r.hour = hour;
        r.minute = minute;
        if (m.group(zg) != null) {
            int h = Integer.parseInt(m.group(zg + 1).replace("+", ""));
            int mm = m.group(zg + 2) == null ? 0 : Integer.parseInt(m.group(zg + 2));
            if (Math.abs(h) <= 14 && mm < 60) r.offset = offset(h, mm, m.group(zg + 1).startsWith("-"));
            if (h == 0 && mm == 0) r.zoneOrder = Order.DMY;
        } else if (m.group(zg + 3) != null) {
            Zone z = DateVocabulary.zone(m.group(zg + 3));
            if (z != null) {
                r.offset = z.offset();
                r.zoneOrder = z.order();
            }
        } else if (m.group(zg + 4) != null) {
            int h = Integer.parseInt(m.group(zg + 4).replace("+", ""));
            int mm = Integer.parseInt(m.group(zg + 5));
            if (Math.abs(h) <= 14 && mm < 60) r.offset = offset(h, mm, m.group(zg + 4).startsWith("-"));
        }
        return true;
    }

    private static String offset(int h, int m, boolean negative) {
        if (h == 0 && m == 0) return "Z";
        return String.format(Locale.ROOT, "%s%02d:%02d", negative ? "-" : "+", Math.abs(h), m);
    }

    private static String normaliseOffset(String o) {
        if (o.equals("Z")) return "Z";
        String digits = o.substring(1).replace(":", "");
        int h = Integer.parseInt(digits.substring(0, 2));
        int m = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        return offset(h, m, o.charAt(0) == '-');
    }

    private static PrintedDate finish(String s, Raw r, Context ctx, int prevEnd) {
        int day, month;
        if (r.numericAmbiguous) {
            Order o = resolve(r, ctx);
            day = o == Order.DMY ? r.first : r.second;
            month = o == Order.DMY ? r.second : r.first;
        } else if (r.separator != 0) {
            day = r.order == Order.DMY ? r.first : r.second;
            month = r.order == Order.DMY ? r.second : r.first;
        } else {
            day = r.first;
            month = r.second;
        }
        StringBuilder value = new StringBuilder(22);
        Precision p;
        pad(value, r.year, 4).append('-');
        pad(value, month, 2);
        if (r.precision == Precision.MONTH) {
            p = Precision.MONTH;
        } else if (r.hour >= 0) {
            pad(value.append('-'), day, 2).append('T');
            pad(value, r.hour, 2).append(':');
            pad(value, r.minute, 2);
            if (r.offset != null) value.append(r.offset);
            p = Precision.MINUTE;
        } else {
            pad(value.append('-'), day, 2);
            p = Precision.DAY;
        }
        String printed = s.substring(r.start, r.end);
        return new PrintedDate(r.start, r.end, new DateValue(value.toString(), p, false, printed), role(s, Math.max(prevEnd, r.start - LABEL_REACH), r.start));
    }

    private static StringBuilder pad(StringBuilder sb, int n, int width) {
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) sb.append('0');
        return sb.append(digits);
    }

    private static Order resolve(Raw r, Context ctx) {
        if (ctx.textOrder != null) return ctx.textOrder;
        if (r.zoneOrder != null) return r.zoneOrder;
        if (ctx.zoneOrder != null) return ctx.zoneOrder;
        if (r.separator == '.') return Order.DMY; // dotted dates are European: 01.04.2023 is 1 April
        if (ctx.hintDate != null) {
            LocalDate dmy = date(r.year, r.second, r.first), mdy = date(r.year, r.first, r.second);
            long ddmy = Math.abs(dmy.toEpochDay() - ctx.hintDate.toEpochDay());
            long dmdy = Math.abs(mdy.toEpochDay() - ctx.hintDate.toEpochDay());
            if (ddmy != dmdy) return ddmy < dmdy ? Order.DMY : Order.MDY;
        }
        if (ctx.hintOrder != null) return ctx.hintOrder;
        return r.separator == '/' ? Order.MDY : Order.DMY;
    }

    /** The role the nearest label before the date gives it, looking back from {@code end} to {@code from}. */
    static String role(String s, int from, int end) {
        if (from >= end) return DateVocabulary.UNKNOWN;
        // words from the date backwards: the first label word met wins
        int i = end;
        String next = null; // the word after the current one (nearer the date)
        while (i > from) {
            while (i > from && !Character.isLetter(s.charAt(i - 1))) i--;
            int we = i;
            while (i > from && Character.isLetter(s.charAt(i - 1))) i--;
            if (we == i) break;
            String w = s.substring(i, we).toLowerCase(Locale.ROOT);
            if (DateVocabulary.UPDATE_WORDS.contains(w)) return DateVocabulary.UPDATED;
            if (DateVocabulary.PUBLISHED_WORDS.contains(w)) return DateVocabulary.PUBLISHED;
            if (w.equals("à") && "jour".equals(next)) return DateVocabulary.UPDATED; // "mis à jour"
            if (isCjk(w.charAt(0))) {
                for (String l : DateVocabulary.UPDATE_LABELS_CJK) if (w.contains(l)) return DateVocabulary.UPDATED;
                for (String l : DateVocabulary.PUBLISHED_LABELS_CJK) if (w.contains(l)) return DateVocabulary.PUBLISHED;
            }
            next = w;
        }
        return DateVocabulary.UNKNOWN;
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HANGUL
                || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA;
    }
}
