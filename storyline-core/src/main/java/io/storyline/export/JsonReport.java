package io.storyline.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.storyline.model.Article;
import io.storyline.model.Change;
import io.storyline.model.DuplicateGroup;
import io.storyline.model.DateValue;
import io.storyline.model.Outcome;
import io.storyline.model.Removed;
import io.storyline.model.Segment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes an {@link Analysis} as the contract's JSON object (version 1). */
public final class JsonReport {
    public static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {
    }

    public static void write(Analysis analysis, OutputStream out, boolean pretty) {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            if (pretty) g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("inputs");
            for (Outcome o : analysis.outcomes()) writeInput(g, o);
            g.writeEndArray();
            g.writeArrayFieldStart("articles");
            for (Article a : analysis.articles()) writeArticle(g, a, analysis.timexesOf(a.id()));
            g.writeEndArray();
            g.writeArrayFieldStart("duplicateGroups");
            for (DuplicateGroup d : analysis.duplicateGroups()) writeGroup(g, d);
            g.writeEndArray();
            g.writeObjectFieldStart("corpus");
            g.writeNumberField("articles", analysis.articles().size());
            g.writeNumberField("independentSources", analysis.independentSources());
            g.writeEndObject();
            g.writeArrayFieldStart("entities");
            for (io.storyline.model.Entity e : analysis.entities()) writeEntity(g, e);
            g.writeEndArray();
            g.writeArrayFieldStart("quotes");
            for (io.storyline.model.Quote q : analysis.quotes()) writeQuote(g, q);
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (io.storyline.model.Event e : analysis.events()) writeEvent(g, e);
            g.writeEndArray();
            g.writeArrayFieldStart("stories");
            for (io.storyline.model.Story st : analysis.stories()) {
                g.writeStartObject();
                g.writeStringField("id", st.id());
                if (st.title() == null) g.writeNullField("title");
                else g.writeStringField("title", st.title());
                strings(g, "articles", st.articles());
                strings(g, "events", st.events());
                strings(g, "terms", st.terms());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeEntity(JsonGenerator g, io.storyline.model.Entity e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("name", e.name());
        g.writeStringField("type", e.type());
        g.writeArrayFieldStart("aliases");
        for (String a : e.aliases()) g.writeString(a);
        g.writeEndArray();
        g.writeArrayFieldStart("roles");
        for (String r : e.roles().stream().map(io.storyline.model.Entity.Role::title).distinct().toList()) g.writeString(r);
        g.writeEndArray();
        // when and where each role was stated (an addition to the contract)
        g.writeArrayFieldStart("rolesStated");
        for (io.storyline.model.Entity.Role r : e.roles()) {
            g.writeStartObject();
            g.writeStringField("title", r.title());
            if (r.stated() != null) g.writeStringField("stated", r.stated());
            if (r.article() != null) g.writeStringField("article", r.article());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (io.storyline.model.Mention m : e.mentions()) {
            g.writeStartObject();
            g.writeStringField("article", m.article());
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeStringField("text", m.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    public static void writeEvent(JsonGenerator g, io.storyline.model.Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type());
        g.writeStringField("summary", e.summary());
        if (e.when() == null) {
            g.writeNullField("when");
        } else {
            g.writeObjectFieldStart("when");
            g.writeStringField("value", e.when().value());
            g.writeStringField("precision", e.when().precision().label());
            g.writeBooleanField("inferred", e.when().inferred());
            g.writeEndObject();
        }
        strings(g, "actors", e.actors());
        strings(g, "targets", e.targets());
        if (e.place() == null) g.writeNullField("place");
        else g.writeStringField("place", e.place());
        g.writeStringField("modality", e.modality().label());
        g.writeArrayFieldStart("sources");
        for (io.storyline.model.Source s : e.sources()) {
            g.writeStartObject();
            g.writeStringField("article", s.article());
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeStringField("text", s.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        // additions to the contract: names as printed, how reports presented it over time, quotes
        strings(g, "actorNames", e.actorNames());
        strings(g, "targetNames", e.targetNames());
        if (e.placeName() != null) g.writeStringField("placeName", e.placeName());
        g.writeArrayFieldStart("history");
        for (io.storyline.model.Event.ModalityChange h : e.history()) {
            g.writeStartObject();
            g.writeStringField("modality", h.modality().label());
            g.writeStringField("article", h.article());
            if (h.reported() != null) g.writeStringField("reported", h.reported());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "quotes", e.quotes());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, java.util.List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    public static void writeQuote(JsonGenerator g, io.storyline.model.Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("article", q.article());
        g.writeStringField("text", q.text());
        g.writeNumberField("start", q.start());
        g.writeNumberField("end", q.end());
        if (q.speaker() == null) {
            g.writeNullField("speaker");
        } else {
            g.writeObjectFieldStart("speaker");
            g.writeStringField("name", q.speaker());
            if (q.entity() == null) g.writeNullField("entity");
            else g.writeStringField("entity", q.entity());
            g.writeEndObject();
        }
        if (q.cue() == null) g.writeNullField("cue");
        else g.writeStringField("cue", q.cue());
        g.writeArrayFieldStart("alsoIn");
        for (String a : q.alsoIn()) g.writeString(a);
        g.writeEndArray();
        g.writeEndObject();
    }

    static void writeInput(JsonGenerator g, Outcome o) throws IOException {
        g.writeStartObject();
        g.writeStringField("input", o.input());
        g.writeStringField("status", o.status().label());
        if (o.reason() != null) g.writeStringField("reason", o.reason());
        if (o.article() != null) g.writeStringField("article", o.article().id());
        g.writeEndObject();
    }

    public static void writeArticle(JsonGenerator g, Article a) throws IOException {
        writeArticle(g, a, java.util.List.of());
    }

    public static void writeArticle(JsonGenerator g, Article a, java.util.List<io.storyline.model.Timex> timexes)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("input", a.input());
        g.writeStringField("url", a.url());
        if (a.canonicalUrl() != null) g.writeStringField("canonicalUrl", a.canonicalUrl());
        g.writeStringField("title", a.title());
        g.writeArrayFieldStart("authors");
        for (String s : a.authors()) g.writeString(s);
        g.writeEndArray();
        g.writeStringField("site", a.site());
        g.writeStringField("wire", a.wire());
        g.writeStringField("dateline", a.dateline());
        writeDate(g, "published", a.published());
        writeDate(g, "updated", a.updated());
        g.writeStringField("language", a.language());
        if (a.description() != null) g.writeStringField("description", a.description());
        g.writeStringField("text", a.text());
        g.writeArrayFieldStart("removed");
        for (Removed r : a.removed()) {
            g.writeStartObject();
            g.writeStringField("text", r.text());
            g.writeStringField("why", r.why());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("timexes");
        for (io.storyline.model.Timex t : timexes) {
            g.writeStartObject();
            g.writeStringField("text", t.text());
            g.writeStringField("value", t.value());
            g.writeNumberField("start", t.start());
            g.writeNumberField("end", t.end());
            if (t.precision() != null) g.writeStringField("precision", t.precision().label());
            g.writeStringField("type", t.type());
            g.writeStringField("anchor", t.anchor());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("provenance");
        g.writeStringField("file", a.provenance().file());
        if (a.provenance().record() > 0) {
            g.writeNumberField("record", a.provenance().record());
            g.writeNumberField("recordOffset", a.provenance().recordOffset());
        }
        g.writeStringField("format", a.format() == null ? null : a.format().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("charset", a.charset());
        g.writeStringField("sha256", a.contentHash());
        g.writeArrayFieldStart("segments");
        for (Segment s : a.segments()) {
            g.writeStartArray();
            g.writeNumber(s.start());
            g.writeNumber(s.end());
            g.writeNumber(s.sourceStart());
            g.writeNumber(s.sourceEnd());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    public static void writeGroup(JsonGenerator g, DuplicateGroup d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("canonical", d.canonical());
        g.writeArrayFieldStart("members");
        for (String m : d.members()) g.writeString(m);
        g.writeEndArray();
        g.writeStringField("relation", d.relation().label());
        g.writeNumberField("similarity", Math.round(d.similarity() * 1000) / 1000.0);
        if (d.wire() != null) g.writeStringField("wire", d.wire());
        g.writeFieldName("changes");
        writeChanges(g, d.changes());
        g.writeEndObject();
    }

    /** A JSON array of changes as the contract prints them, with offsets. */
    public static void writeChanges(JsonGenerator g, java.util.List<Change> changes) throws IOException {
        g.writeStartArray();
        for (Change c : changes) {
            g.writeStartObject();
            g.writeStringField("member", c.member());
            g.writeStringField("kind", c.kind().label());
            if (c.from() != null) g.writeStringField("from", c.from());
            if (c.to() != null) g.writeStringField("to", c.to());
            if (c.start() >= 0) {
                g.writeNumberField("start", c.start());
                g.writeNumberField("end", c.end());
            }
            if (c.canonicalStart() >= 0) {
                g.writeNumberField("canonicalStart", c.canonicalStart());
                g.writeNumberField("canonicalEnd", c.canonicalEnd());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    public static void writeDate(JsonGenerator g, String field, DateValue d) throws IOException {
        if (d == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("value", d.value());
        g.writeStringField("precision", d.precision().label());
        g.writeBooleanField("inferred", d.inferred());
        if (d.evidence() != null) g.writeStringField("evidence", d.evidence());
        g.writeEndObject();
    }
}
