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
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random bytes and markup soup through the standard pipeline: one outcome, never a failure, never a throw. */
class PipelinePropertiesTest {
    final Pipeline pipeline = Pipeline.standard(Limits.DEFAULT);

    @Provide
    Arbitrary<byte[]> documents() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<!--", "-->", "<meta charset=\"",
                        "euc-kr\">", "<title>", "</title>", "<br/>", "&amp;", "&#xD800;", "&nbsp;", "<time datetime=\"2021-02-03\">",
                        "\n\n", "By Jane Roe", "Updated: 03-02-2021 15:35 IST", "<![CDATA[", "<table><tr><td>", "<svg><math>"),
                Arbitraries.strings().ofMaxLength(40));
        Arbitrary<byte[]> soup = piece.list().ofMaxSize(60).map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(soup, Arbitraries.bytes().array(byte[].class).ofMaxSize(4000));
    }

    @Property(tries = 300)
    void anyBytesGiveOneOutcomeAndNoFailure(@ForAll("documents") byte[] bytes, @ForAll Format format) {
        Outcome o = pipeline.process(Capture.of(Provenance.ofFile("fuzz"), format, bytes));
        assertEquals("fuzz", o.input());
        assertNotEquals(Status.FAILED, o.status(), o.reason());
        if (o.status() == Status.OK) assertNotNull(o.article());
    }
}
