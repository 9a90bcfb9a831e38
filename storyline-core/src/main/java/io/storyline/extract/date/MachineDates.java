package io.storyline.extract.date;

import io.storyline.model.DateValue;
import io.storyline.model.Precision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads machine-readable date values (meta content, JSON-LD, {@code datetime} attributes):
 * ISO 8601 with or without time and offset, {@code 20190219}, Unix timestamps, and, failing
 * those, any form {@link PrintedDates} reads (RFC 1123 {@code Tue, 19 Feb 2019 10:00:00 GMT},
 * {@code 19.02.2019}). The calendar day is kept as printed (no conversion between zones).
 */
final class MachineDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    /**
     * UTC hours at which a value stamped at local midnight east of Greenwich shows (23:00Z is
     * midnight at UTC+1, 22:00Z at UTC+2): CMSs store a bare day that way.
     */
    private static final int LOCAL_MIDNIGHT_EARLIEST_UTC_HOUR = 22;
    /** Seconds since 1970 of 1995-01-01 and 2100-01-01: bounds for bare numbers read as timestamps. */
    private static final long MIN_EPOCH_SECONDS = 788_918_400L;
    private static final long MAX_EPOCH_SECONDS = 4_102_444_800L;

    private MachineDates() {
    }

    /** The date a machine-readable value gives, with {@code evidence}; null when none. */
    static DateValue parse(String raw, String evidence) {
        return parse(raw, evidence, null);
    }

    /**
     * @param hint as for {@link PrintedDates#find}: a locale or a known date, for values such as
     *             {@code 10/05/2022 05:22 pm}
     */
    static DateValue parse(String raw, String evidence, String hint) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.length() < 6 || s.length() > 200) return null;
        if (allDigits(s)) return number(s, evidence);
        Matcher m = ISO.matcher(s);
        if (m.lookingAt()) {
            int y = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(2)), d = Integer.parseInt(m.group(3));
            LocalDate date = date(y, mo, d);
            if (date == null) return null;
            if (m.group(4) != null) {
                int h = Integer.parseInt(m.group(4)), mi = Integer.parseInt(m.group(5));
                if (h < 24 && mi < 60) {
                    String off = m.group(8) == null ? "" : offset(m.group(8));
                    boolean onTheHour = mi == 0 && (m.group(6) == null || m.group(6).equals("00"))
                            && (m.group(7) == null || m.group(7).chars().allMatch(c -> c == '0'));
                    if (off.equals("Z") && onTheHour && h >= LOCAL_MIDNIGHT_EARLIEST_UTC_HOUR) {
                        return new DateValue(date.plusDays(1).toString(), Precision.DAY, false,
                                evidence + " (local midnight written in UTC)");
                    }
                    // midnight without a zone usually means "no time given"
                    if (h == 0 && mi == 0 && off.isEmpty()) return new DateValue(date.toString(), Precision.DAY, false, evidence);
                    return new DateValue(String.format(Locale.ROOT, "%sT%02d:%02d%s", date, h, mi, off),
                            Precision.MINUTE, false, evidence);
                }
            }
            return new DateValue(date.toString(), Precision.DAY, false, evidence);
        }
        List<PrintedDate> printed = PrintedDates.find(s.length() > 80 ? s.substring(0, 80) : s, hint);
        for (PrintedDate p : printed) {
            Precision pr = p.value().precision();
            if (pr == Precision.DAY || pr == Precision.MINUTE) {
                return new DateValue(p.value().value(), pr, false, evidence);
            }
        }
        return null;
    }

    private static DateValue number(String s, String evidence) {
        if (s.length() == 8) {
            LocalDate d = date(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
            return d == null ? null : new DateValue(d.toString(), Precision.DAY, false, evidence);
        }
        if (s.length() == 10 || s.length() == 13) {
            long secs = Long.parseLong(s);
            if (s.length() == 13) secs /= 1000;
            if (secs < MIN_EPOCH_SECONDS || secs > MAX_EPOCH_SECONDS) return null;
            ZonedDateTime t = Instant.ofEpochSecond(secs).atZone(ZoneOffset.UTC);
            return new DateValue(String.format(Locale.ROOT, "%sT%02d:%02dZ", t.toLocalDate(), t.getHour(), t.getMinute()),
                    Precision.MINUTE, false, evidence);
        }
        return null;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static LocalDate date(int y, int m, int d) {
        if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) return null;
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String offset(String o) {
        if (o.equals("Z")) return "Z";
        String digits = o.substring(1).replace(":", "");
        int h = Integer.parseInt(digits.substring(0, 2));
        int m = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        if (h == 0 && m == 0) return "Z";
        if (h > 14 || m > 59) return "";
        return String.format(Locale.ROOT, "%s%02d:%02d", o.charAt(0) == '-' ? "-" : "+", h, m);
    }
}
