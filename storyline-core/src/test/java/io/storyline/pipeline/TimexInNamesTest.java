package io.storyline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.export.Analysis;
import io.storyline.ingest.Limits;
import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import io.storyline.model.Timex;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A day or date inside a longer name names no time; the same words outside names still do. */
class TimexInNamesTest {
    @Test
    void aDayInsideANameIsNoTimeExpression() {
        String body = "Farm standards\n\nLONDON, Sept. 26, 2020 - A poll by The Mail on Sunday shows a majority back the "
                + "campaign. Ministers will meet the farmers on Sunday, officials said.";
        Outcome o = Pipeline.standard(Limits.DEFAULT).process(Capture.of(Provenance.ofFile("a.txt"), Format.TEXT,
                body.getBytes(StandardCharsets.UTF_8)));
        Analysis a = Analyzer.standard().analyze(List.of(o));
        List<String> days = a.timexesOf(o.article().id()).stream().map(Timex::text).filter(s -> s.contains("Sunday")).toList();
        assertEquals(1, days.size(), a.timexesOf(o.article().id()).toString());
        int at = o.article().text().indexOf("on Sunday, officials") + 3;
        assertEquals(at, a.timexesOf(o.article().id()).stream().filter(x -> x.text().equals("Sunday")).findFirst().orElseThrow().start());
    }
}
