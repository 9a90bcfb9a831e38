package io.storyline.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Precision;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedDatesTest {
    /** "value role" of each date found, joined by "; ". */
    private static String read(String text, String hint) {
        return PrintedDates.find(text, hint).stream()
                .map(d -> d.value().value() + " " + d.role())
                .collect(Collectors.joining("; "));
    }

    @Test
    void indianDateLineWithCreatedBeside() {
        String line = "Wire | Mumbai | Updated: 03-02-2021 15:35 IST | Created: 03-02-2021 15:11 IST";
        assertEquals("2021-02-03T15:35+05:30 updated; 2021-02-03T15:11+05:30 published", read(line, null));
        List<PrintedDate> ds = PrintedDates.find(line, null);
        assertEquals("03-02-2021 15:35 IST", line.substring(ds.get(0).start(), ds.get(0).end()));
        assertEquals("03-02-2021 15:35 IST", ds.get(0).value().evidence());
        assertEquals(Precision.MINUTE, ds.get(0).value().precision());
    }

    @Test
    void dayMonthOrderFromTheHint() {
        assertEquals("2021-02-03T15:35 updated", read("Updated: 03-02-2021 15:35", "2021-02-03"));
        assertEquals("2021-03-02T15:35 updated", read("Updated: 03-02-2021 15:35", "2021-03-01"));
        assertEquals("2021-03-02 unknown", read("03/02/2021", "en-US"));
        assertEquals("2021-02-03 unknown", read("03/02/2021", "fr"));
    }

    @Test
    void dayMonthOrderFromAnotherDateInTheText() {
        assertEquals("2021-01-25 published; 2021-02-03 updated", read("Posted 25/01/2021, updated 03/02/2021", null));
        assertEquals("2021-01-25 published; 2021-03-02 updated", read("Posted 01/25/2021, updated 03/02/2021", null));
        assertEquals("2021-02-03T09:00-05:00 unknown", read("02/03/2021 9:00 a.m. EST", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Published : Sept. 19, 2019 - 18:09 # 2019-09-19T18:09 published",
        "Published: 21:42, February 3, 2021 | Updated: 02:38, June 5, 2023 # 2021-02-03T21:42 published; 2023-06-05T02:38 updated",
        "2021-02-03 # 2021-02-03 unknown",
        "Feb 3, 2021 # 2021-02-03 unknown",
        "3 February 2021 # 2021-02-03 unknown",
        "Tuesday, February 19, 2019, 14:05 KST # 2019-02-19T14:05+09:00 unknown",
        "Veröffentlicht am 31. Mai 2012 um 15:30 Uhr # 2012-05-31T15:30 published",
        "Aktualisiert: 12.03.2019, 08.15 Uhr # 2019-03-12T08:15 updated",
        "Stand: 12.03.19 # 2019-03-12 updated",
        "Publié le 3 février 2021 à 15h35 # 2021-02-03T15:35 published",
        "Mis à jour le 05.02.2021 à 10h02 # 2021-02-05T10:02 updated",
        "Publicado el 3 de febrero de 2021 # 2021-02-03 published",
        "Pubblicato il 3 febbraio 2021 alle 10:15 # 2021-02-03T10:15 published",
        "Opublikowano: 3 lutego 2021 # 2021-02-03 published",
        "입력 2021.02.03 15:35 # 2021-02-03T15:35 published",
        "2021년 2월 3일 # 2021-02-03 unknown",
        "发布时间：2021年2月3日 10:20 # 2021-02-03T10:20 published",
        "Last updated 3:35 p.m. ET, Feb 3, 2021 # 2021-02-03T15:35 updated",
        "2021-02-03T15:35:20+05:30 # 2021-02-03T15:35+05:30 unknown",
        "2021-02-03T15:35:20.123Z # 2021-02-03T15:35Z unknown",
        "2021-02-03 15:35 GMT+9 # 2021-02-03T15:35+09:00 unknown",
        "Feb 3rd, 2021 at 7:05 PM CET # 2021-02-03T19:05+01:00 unknown",
        "February 2021 # 2021-02 unknown",
        "3-Feb-2021 # 2021-02-03 unknown",
        "First published on Wed 3 Feb 2021 09.15 GMT # 2021-02-03T09:15Z published",
    })
    void printedForms(String text, String expected) {
        assertEquals(expected.strip(), read(text.strip(), null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Version 1.2.2021.5 released",
        "Call 030-12-2021 now",
        "Score 3-2 in 2021",
        "It costs 12.50 euros",
        "31-02-2021",
        "The 45/12/2021 form",
        "May the team win",
    })
    void notDates(String text) {
        assertEquals("", read(text, null));
    }

    @Test
    void emptyAndNull() {
        assertTrue(PrintedDates.find(null, null).isEmpty());
        assertTrue(PrintedDates.find("", "en").isEmpty());
    }
}
