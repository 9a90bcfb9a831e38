package io.storyline.extract.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "By Lee Min-hyung # Lee Min-hyung",
        "By JANE DOE and John Roe, Staff Writers # Jane Doe; John Roe",
        "Jane Doe | Daily Planet # Jane Doe",
        "By Reuters # ",
        "Wire Service | Seoul # ",
        "Reuters | Seoul | Updated: 03-02-2021 15:35 IST # ",
        "By Jane Doe jane.doe@dailyplanet.example # Jane Doe",
        "By Jane Doe @janedoe # Jane Doe",
        "Jane Doe, Senior Correspondent # Jane Doe",
        "By Jane Doe Updated Feb 3, 2021 # Jane Doe",
        "By Jane Doe in Seoul # Jane Doe",
        "Von Max Mustermann und Erika Musterfrau # Max Mustermann; Erika Musterfrau",
        "Par Jean-Pierre Martin et Anne Le Blanc # Jean-Pierre Martin; Anne Le Blanc",
        "Autor: Jan Kowalski # Jan Kowalski",
        "JAN VAN DER BERG # Jan van der Berg",
        "jane doe # Jane Doe",
        "Staff # ",
        "AFP/dpa # ",
        "Jane Doe / AP # Jane Doe",
        "Ursula von der Leyen # Ursula von der Leyen",
        "김철수 기자 # 김철수",
        "By The Associated Press # ",
        "Photo: Jane Doe # ",
        "admin # ",
        "Kate O'NEIL # Kate O'NEIL",
        "Jane Doe Jane Doe # Jane Doe",
        "Eingestellt von Unknown # ",
        "Heiko Beispiel Do 9 Apr 2020 # Heiko Beispiel",
        "Jane Doe is a professor of law # ",
        "FOCUS-Online-Experte Max Muster # Max Muster",
        "Web Commerce GmbH # ",
        "rasos # rasos",
        "Glen Owen And Brendan Carlin For The Evening Star # Glen Owen; Brendan Carlin",
        "Veröffentlicht von Chris Beispiel # Chris Beispiel",
    })
    void cleans(String raw, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.strip().split("; "));
        assertEquals(want, Authors.clean(raw.strip()));
    }
}
