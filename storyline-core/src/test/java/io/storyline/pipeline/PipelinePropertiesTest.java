package io.storyline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.storyline.ingest.Limits;
import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import io.storyline.model.Status;
import io.storyline.testing.Props;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random bytes and markup soup through the standard pipeline: one outcome, never a failure, never a throw. */
class PipelinePropertiesTest {
    final Pipeline pipeline = Pipeline.standard(Limits.DEFAULT);

    private static final List<String> PIECES = List.of("<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<!--",
            "-->", "<meta charset=\"", "euc-kr\">", "<title>", "</title>", "<br/>", "&amp;", "&#xD800;", "&nbsp;",
            "<time datetime=\"2021-02-03\">", "\n\n", "By Jane Roe", "Updated: 03-02-2021 15:35 IST", "<![CDATA[",
            "<table><tr><td>", "<svg><math>");

    /** Markup soup, or random bytes. */
    static byte[] document(Random r) {
        if (r.nextBoolean()) return Props.bytes(r, 4000);
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(61);
        for (int i = 0; i < n; i++) sb.append(r.nextBoolean() ? Props.oneOf(r, PIECES) : Props.string(r, 40));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anyBytesGiveOneOutcomeAndNoFailure() {
        Props.forAll("pipeline", 300, r -> {
            Format format = r.nextBoolean() ? Format.HTML : Format.TEXT;
            Outcome o = pipeline.process(Capture.of(Provenance.ofFile("fuzz"), format, document(r)));
            assertEquals("fuzz", o.input());
            assertNotEquals(Status.FAILED, o.status(), o.reason());
            if (o.status() == Status.OK) assertNotNull(o.article());
        });
    }
}
