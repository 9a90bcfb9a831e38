package io.storyline.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.model.Precision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Formats random dates in every supported printed form and reads them back. */
class PrintedDatesPropertiesTest {
    /** Printed forms of a date; each must read back as the same day. */
    enum Form {
        ISO("yyyy-MM-dd", Locale.ROOT),
        YMD_SLASH("yyyy/MM/dd", Locale.ROOT),
        YMD_DOT("yyyy.MM.dd", Locale.ROOT),
        CJK("yyyy年M月d日", Locale.ROOT),
        KOREAN("yyyy년 M월 d일", Locale.ROOT),
        GERMAN_NUMERIC("dd.MM.yyyy", Locale.ROOT),
        GERMAN_NAME("d. MMMM yyyy", Locale.GERMAN),
        FRENCH_NAME("d MMMM yyyy", Locale.FRENCH),
        SPANISH_NAME("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es")),
        ITALIAN_NAME("d MMMM yyyy", Locale.ITALIAN),
        DUTCH_NAME("d MMMM yyyy", Locale.forLanguageTag("nl")),
        ENGLISH_LONG("MMMM d, yyyy", Locale.ENGLISH),
        ENGLISH_SHORT("MMM d, yyyy", Locale.ENGLISH),
        ENGLISH_DAY_FIRST("d MMMM yyyy", Locale.ENGLISH),
        ENGLISH_WEEKDAY("EEEE, MMMM d, yyyy", Locale.ENGLISH),
        ABBREVIATED_DASHES("dd-MMM-yyyy", Locale.ENGLISH);

        final DateTimeFormatter formatter;

        Form(String pattern, Locale locale) {
            formatter = DateTimeFormatter.ofPattern(pattern, locale);
        }
    }

    static LocalDate date(java.util.Random r) {
        return LocalDate.of(1995, 1, 1).plusDays(r.nextInt(365 * 60 + 1));
    }

    @org.junit.jupiter.api.Test
    void everyFormReadsBack() {
        io.storyline.testing.Props.forAll("everyForm", 400, r -> everyFormReadsBack(date(r), Form.values()[r.nextInt(Form.values().length)]));
    }

    private void everyFormReadsBack(LocalDate date, Form form) {
        String printed = form.formatter.format(date);
        List<PrintedDate> found = PrintedDates.find("Published: " + printed + " | more text", null);
        assertEquals(1, found.size(), printed);
        assertEquals(date.toString(), found.get(0).value().value(), printed);
        assertEquals(Precision.DAY, found.get(0).value().precision(), printed);
        assertEquals("published", found.get(0).role(), printed);
    }

    @org.junit.jupiter.api.Test
    void timesAndZonesReadBack() {
        io.storyline.testing.Props.forAll("timesAndZones", 300, r -> timesAndZonesReadBack(date(r), r.nextInt(24), r.nextInt(60)));
    }

    private void timesAndZonesReadBack(LocalDate date, int hour, int minute) {
        LocalDateTime t = date.atTime(hour, minute);
        String day = String.format(Locale.ROOT, "%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String[] printed = {
            "Updated: " + day + String.format(Locale.ROOT, " %02d:%02d IST", hour, minute),
            String.format(Locale.ROOT, "Updated: %02d:%02d, %s %d, %d", hour, minute, month, date.getDayOfMonth(), date.getYear()),
            String.format(Locale.ROOT, "Updated: %s %d, %d - %02d:%02d", month, date.getDayOfMonth(), date.getYear(), hour, minute),
            String.format(Locale.ROOT, "Updated: %s %d, %d %d:%02d %s EDT", month, date.getDayOfMonth(), date.getYear(),
                    hour % 12 == 0 ? 12 : hour % 12, minute, hour < 12 ? "a.m." : "p.m."),
        };
        String[] offsets = {"+05:30", "", "", "-04:00"};
        for (int i = 0; i < printed.length; i++) {
            List<PrintedDate> found = PrintedDates.find(printed[i], null);
            assertEquals(1, found.size(), printed[i]);
            String want = t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")) + offsets[i];
            assertEquals(want, found.get(0).value().value(), printed[i]);
            assertEquals(Precision.MINUTE, found.get(0).value().precision(), printed[i]);
            assertEquals("updated", found.get(0).role(), printed[i]);
        }
    }

    @org.junit.jupiter.api.Test
    void ambiguousNumericDatesFollowTheHint() {
        io.storyline.testing.Props.forAll("ambiguousNumeric", 300, r -> ambiguousNumericDatesFollowTheHint(date(r), r.nextBoolean()));
    }

    private void ambiguousNumericDatesFollowTheHint(LocalDate date, boolean slash) {
        char sep = slash ? '/' : '-';
        String dmy = String.format(Locale.ROOT, "%02d%c%02d%c%04d", date.getDayOfMonth(), sep, date.getMonthValue(), sep, date.getYear());
        List<PrintedDate> found = PrintedDates.find("Posted " + dmy, date.toString());
        assertEquals(1, found.size(), dmy);
        assertEquals(date.toString(), found.get(0).value().value(), dmy);
        String mdy = String.format(Locale.ROOT, "%02d%c%02d%c%04d", date.getMonthValue(), sep, date.getDayOfMonth(), sep, date.getYear());
        assertEquals(date.toString(), PrintedDates.find("Posted " + mdy, "en-US " + date).get(0).value().value(), mdy);
    }
}
