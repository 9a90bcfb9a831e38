package io.storyline.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.storyline.model.DateValue;
import io.storyline.model.Event;
import io.storyline.model.Quote;
import io.storyline.model.Source;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes story timelines as JSON (this project's shape, in {@code docs/contract.md}), Markdown, a
 * self-contained HTML page, CSV (RFC 4180) or TimelineJS JSON. Everything from a capture is
 * escaped for the format it lands in; CSV cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe.
 */
public final class TimelineExport {
    /** The formats, by the name the CLI takes. */
    public enum Format {
        JSON, MD, HTML, CSV, TIMELINEJS;

        public static Format of(String name) {
            for (Format f : values()) if (f.name().equalsIgnoreCase(name)) return f;
            throw new IllegalArgumentException("unknown timeline format '" + name + "' (json, md, html, csv, timelinejs)");
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private TimelineExport() {
    }

    public static void write(List<Timeline> timelines, Format format, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> json(timelines, out);
            case TIMELINEJS -> timelineJs(timelines, out);
            case MD -> out.write(markdown(timelines).getBytes(StandardCharsets.UTF_8));
            case HTML -> out.write(html(timelines).getBytes(StandardCharsets.UTF_8));
            case CSV -> out.write(csv(timelines).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    /** The timelines in one format, as a string. */
    public static String toString(List<Timeline> timelines, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(timelines, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    // ---- JSON ----

    private static void json(List<Timeline> timelines, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", JsonReport.VERSION);
            g.writeArrayFieldStart("timelines");
            for (Timeline t : timelines) writeTimeline(g, t);
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** One timeline as a JSON object. */
    public static void writeTimeline(JsonGenerator g, Timeline t) throws IOException {
        g.writeStartObject();
        g.writeStringField("story", t.story());
        if (t.title() == null) g.writeNullField("title");
        else g.writeStringField("title", t.title());
        g.writeNumberField("articles", t.articles());
        g.writeNumberField("independentSources", t.independentSources());
        g.writeArrayFieldStart("entries");
        for (TimelineEntry e : t.entries()) writeEntry(g, e);
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One timeline entry as a JSON object. */
    public static void writeEntry(JsonGenerator g, TimelineEntry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("event", e.event());
        JsonReport.writeDate(g, "when", e.when());
        if (e.type() == null) g.writeNullField("type");
        else g.writeStringField("type", e.type());
        g.writeStringField("modality", e.modality().label());
        g.writeStringField("summary", e.summary());
        strings(g, "actors", e.actors());
        strings(g, "targets", e.targets());
        if (e.place() == null) g.writeNullField("place");
        else g.writeStringField("place", e.place());
        g.writeNumberField("articles", e.articles());
        g.writeNumberField("independentSources", e.independentSources());
        if (e.firstReport() == null) {
            g.writeNullField("firstReport");
        } else {
            g.writeFieldName("firstReport");
            source(g, e.firstReport(), e.firstReported());
        }
        g.writeArrayFieldStart("sources");
        for (Source s : e.sources()) source(g, s, null);
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : e.quotes()) JsonReport.writeQuote(g, q);
        g.writeEndArray();
        g.writeArrayFieldStart("history");
        for (Event.ModalityChange h : e.history()) {
            g.writeStartObject();
            g.writeStringField("modality", h.modality().label());
            g.writeStringField("article", h.article());
            if (h.reported() != null) g.writeStringField("reported", h.reported());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, Source s, String published) throws IOException {
        g.writeStartObject();
        g.writeStringField("article", s.article());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("text", s.text());
        if (published != null) g.writeStringField("published", published);
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    // ---- TimelineJS ----

    /**
     * TimelineJS 3 JSON: one slide per dated entry (TimelineJS needs a start date; undated entries
     * are left out and counted in the title slide). Its text fields are HTML, so all text is escaped.
     */
    private static void timelineJs(List<Timeline> timelines, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            int undated = 0;
            for (Timeline t : timelines) for (TimelineEntry e : t.entries()) if (e.when() == null) undated++;
            g.writeObjectFieldStart("title");
            g.writeObjectFieldStart("text");
            g.writeStringField("headline", HtmlReport.esc(timelines.size() == 1 && timelines.get(0).title() != null
                    ? timelines.get(0).title() : "Storyline timeline"));
            g.writeStringField("text", undated == 0 ? "" : undated + " undated event" + (undated == 1 ? "" : "s") + " not shown");
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("events");
            for (Timeline t : timelines) {
                for (TimelineEntry e : t.entries()) {
                    if (e.when() == null) continue;
                    String[] range = e.when().value().split("/", 2);
                    g.writeStartObject();
                    g.writeFieldName("start_date");
                    tjsDate(g, range[0]);
                    if (range.length == 2) {
                        g.writeFieldName("end_date");
                        tjsDate(g, range[1]);
                    }
                    g.writeStringField("display_date", e.when().value() + (e.when().inferred() ? " (inferred)" : ""));
                    g.writeObjectFieldStart("text");
                    g.writeStringField("headline", HtmlReport.esc(e.summary()));
                    StringBuilder body = new StringBuilder();
                    body.append("<p>").append(HtmlReport.esc(e.modality().label())).append(" · ")
                            .append(e.independentSources()).append(" independent source")
                            .append(e.independentSources() == 1 ? "" : "s").append("</p>");
                    for (Source s : e.sources()) {
                        body.append("<blockquote>").append(HtmlReport.esc(s.text())).append(" <small>")
                                .append(HtmlReport.esc(s.article())).append("</small></blockquote>");
                    }
                    g.writeStringField("text", body.toString());
                    g.writeEndObject();
                    if (e.type() != null) g.writeStringField("group", e.type());
                    g.writeStringField("unique_id", e.event());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** A TimelineJS date object from an ISO day, month, year or instant. */
    private static void tjsDate(JsonGenerator g, String iso) throws IOException {
        g.writeStartObject();
        String[] p = iso.length() >= 10 ? iso.substring(0, 10).split("-") : iso.split("-");
        g.writeStringField("year", p[0]);
        if (p.length > 1) g.writeStringField("month", p[1]);
        if (p.length > 2) g.writeStringField("day", p[2]);
        g.writeEndObject();
    }

    // ---- Markdown ----

    private static String markdown(List<Timeline> timelines) {
        StringBuilder sb = new StringBuilder();
        for (Timeline t : timelines) {
            sb.append("# ").append(MarkdownReport.inline(t.title() == null ? t.story() : t.title())).append("\n\n")
                    .append("Story ").append(t.story()).append(": ").append(t.articles()).append(" articles, ")
                    .append(t.independentSources()).append(" independent sources\n\n")
                    .append("| when | what | how | summary | sources | first report |\n|---|---|---|---|---|---|\n");
            for (TimelineEntry e : t.entries()) {
                sb.append("| ").append(MarkdownReport.inline(when(e.when()))).append(" | ")
                        .append(MarkdownReport.inline(e.type() == null ? "" : e.type())).append(" | ")
                        .append(e.modality().label()).append(" | ").append(MarkdownReport.inline(e.summary())).append(" | ")
                        .append(e.independentSources()).append(" (").append(e.articles()).append(" articles) | ")
                        .append(e.firstReport() == null ? "" : MarkdownReport.inline(e.firstReport().article()
                                + (e.firstReported() == null ? "" : ", " + e.firstReported())))
                        .append(" |\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    // ---- HTML ----

    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#222}
            ol{list-style:none;padding:0;border-left:3px solid #36c}li{margin:0 0 1.2rem;padding-left:1rem}
            .when{font-weight:600}.meta{color:#555;font-size:.9rem}blockquote{margin:.3rem 0;color:#444}
            """;

    private static String html(List<Timeline> timelines) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Storyline timeline</title><style>").append(STYLE).append("</style></head><body>\n");
        for (Timeline t : timelines) {
            sb.append("<section><h1>").append(HtmlReport.esc(t.title() == null ? t.story() : t.title())).append("</h1>\n")
                    .append("<p class=\"meta\">Story ").append(HtmlReport.esc(t.story())).append(" · ").append(t.articles())
                    .append(" articles · ").append(t.independentSources()).append(" independent sources</p>\n<ol>\n");
            for (TimelineEntry e : t.entries()) {
                sb.append("<li><div class=\"when\">").append(HtmlReport.esc(when(e.when()))).append("</div><div>")
                        .append(HtmlReport.esc(e.summary())).append("</div><div class=\"meta\">")
                        .append(HtmlReport.esc(e.type() == null ? "" : e.type())).append(" · ").append(e.modality().label())
                        .append(" · ").append(e.independentSources()).append(" independent sources</div>\n");
                for (Source s : e.sources()) {
                    sb.append("<blockquote>").append(HtmlReport.esc(s.text())).append(" <small>")
                            .append(HtmlReport.esc(s.article())).append("</small></blockquote>\n");
                }
                for (Quote q : e.quotes()) {
                    sb.append("<blockquote>“").append(HtmlReport.esc(q.text())).append("” <small>")
                            .append(HtmlReport.esc(q.speaker() == null ? "unattributed" : q.speaker()))
                            .append("</small></blockquote>\n");
                }
                sb.append("</li>\n");
            }
            sb.append("</ol></section>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    // ---- CSV ----

    private static final List<String> CSV_HEADER = List.of("story", "event", "when", "precision", "inferred", "type",
            "modality", "summary", "actors", "targets", "place", "articles", "independentSources", "firstReportArticle",
            "firstReported", "sourceText");

    private static String csv(List<Timeline> timelines) {
        StringBuilder sb = new StringBuilder();
        row(sb, CSV_HEADER);
        for (Timeline t : timelines) {
            for (TimelineEntry e : t.entries()) {
                row(sb, List.of(t.story(), e.event(), e.when() == null ? "" : e.when().value(),
                        e.when() == null ? "" : e.when().precision().label(),
                        e.when() == null ? "" : Boolean.toString(e.when().inferred()), e.type() == null ? "" : e.type(),
                        e.modality().label(), e.summary(), String.join("; ", e.actors()), String.join("; ", e.targets()),
                        e.place() == null ? "" : e.place(), Integer.toString(e.articles()),
                        Integer.toString(e.independentSources()),
                        e.firstReport() == null ? "" : e.firstReport().article(),
                        e.firstReported() == null ? "" : e.firstReported(),
                        e.firstReport() == null ? "" : e.firstReport().text()));
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(csvCell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** One CSV cell: quoted when it holds a comma, quote or line break; formula starts defused. */
    static String csvCell(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) v = "'" + v;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static boolean isNumber(String s) {
        return s.matches("[-+]?\\d+(\\.\\d+)?");
    }

    private static String when(DateValue d) {
        if (d == null) return "undated";
        return d.value() + (d.precision() == null ? "" : " (" + d.precision().label().toLowerCase(Locale.ROOT)
                + (d.inferred() ? ", inferred" : "") + ")");
    }
}
