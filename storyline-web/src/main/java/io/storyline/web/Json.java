package io.storyline.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.export.JsonReport;
import io.storyline.model.Article;
import io.storyline.store.ArticleSummary;
import io.storyline.store.Marked;
import io.storyline.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The API's JSON: the contract's article and duplicate group, and the API's own shapes around them. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The contract's article object (as {@code analyze --format json} prints it). */
    static ObjectNode article(Article a) {
        return written(g -> JsonReport.writeArticle(g, a));
    }

    /** What a streaming writer of the export package writes (one JSON object), as a tree. */
    interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    static ObjectNode written(Writer w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            w.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return (ObjectNode) MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article in a list: id, title, site, published value, url, input, text length. */
    static ObjectNode summary(ArticleSummary s) {
        ObjectNode o = object();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("site", s.site());
        o.put("published", s.published());
        o.put("url", s.url());
        o.put("input", s.input());
        o.put("chars", s.chars());
        return o;
    }

    /** Marked text as {@code {"text": …, "highlights": [[start, end], …]}}. */
    static ObjectNode marked(Marked m) {
        ObjectNode o = object();
        o.put("text", m.text());
        ArrayNode h = o.putArray("highlights");
        for (Marked.Span s : m.spans()) h.addArray().add(s.start()).add(s.end());
        return o;
    }

    /** The changes of a stored group, parsed (an unreadable column gives an empty list). */
    static ArrayNode changes(Store.StoredGroup g) {
        try {
            JsonNode n = MAPPER.readTree(g.changes());
            return n instanceof ArrayNode a ? a : array();
        } catch (IOException e) {
            return array();
        }
    }

    /** The contract's duplicate group object. */
    static ObjectNode group(Store.StoredGroup g) {
        ObjectNode o = object();
        o.put("id", g.id());
        o.put("canonical", g.canonical());
        ArrayNode m = o.putArray("members");
        g.members().forEach(m::add);
        o.put("relation", g.relation());
        o.put("similarity", Math.round(g.similarity() * 1000) / 1000.0);
        if (g.wire() != null) o.put("wire", g.wire());
        o.set("changes", changes(g));
        return o;
    }
}
