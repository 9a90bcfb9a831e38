package io.storyline.export;

import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.Outcome;
import io.storyline.model.Removed;

/**
 * Renders an {@link Analysis} as one self-contained HTML page. All capture text is escaped; the
 * page carries a Content-Security-Policy that forbids scripts.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
            .meta{color:#555;font-size:.9rem}.status-failed{color:#a00}.status-skipped{color:#a60}
            details{margin:1rem 0}li small{color:#777}article{border-top:1px solid #ddd;margin-top:2rem}
            """;

    private HtmlReport() {
    }

    public static String render(Analysis analysis) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Storyline analysis</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>Storyline analysis</h1>\n<h2>Inputs</h2>\n<table><tr><th>input</th><th>status</th><th>reason</th></tr>\n");
        for (Outcome o : analysis.outcomes()) {
            sb.append("<tr class=\"status-").append(o.status().label()).append("\"><td>").append(esc(o.input()))
                    .append("</td><td>").append(o.status().label()).append("</td><td>")
                    .append(esc(o.reason() == null ? "" : o.reason())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        corpus(sb, analysis);
        for (Article a : analysis.articles()) {
            sb.append("<article id=\"").append(esc(a.id())).append("\"><h2>")
                    .append(esc(a.title() == null ? "(untitled)" : a.title())).append("</h2>\n<p class=\"meta\">");
            meta(sb, "By", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
            meta(sb, "Site", a.site());
            meta(sb, "Wire", a.wire());
            meta(sb, "Dateline", a.dateline());
            meta(sb, "Published", date(a.published()));
            meta(sb, "Updated", date(a.updated()));
            meta(sb, "Language", a.language());
            meta(sb, "Input", a.input());
            sb.append("</p>\n");
            for (String p : a.text().split("\n\n")) sb.append("<p>").append(esc(p)).append("</p>\n");
            if (!a.removed().isEmpty()) {
                sb.append("<details><summary>Removed (").append(a.removed().size()).append(")</summary><ul>\n");
                for (Removed r : a.removed()) {
                    sb.append("<li><small>").append(esc(r.why())).append("</small> ").append(esc(r.text())).append("</li>\n");
                }
                sb.append("</ul></details>\n");
            }
            sb.append("</article>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    /** Copies, entities and quotes across the corpus, before the articles; every value escaped. */
    private static void corpus(StringBuilder sb, Analysis analysis) {
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (Article a : analysis.articles()) titles.put(a.id(), a.title() == null ? a.id() : a.title());
        sb.append("<h2>Corpus</h2>\n<p>").append(analysis.articles().size()).append(" articles, ")
                .append(analysis.independentSources()).append(" independent sources</p>\n");
        java.util.Map<String, io.storyline.model.Event> events = new java.util.HashMap<>();
        for (io.storyline.model.Event e : analysis.events()) events.put(e.id(), e);
        for (io.storyline.model.Story st : analysis.stories()) {
            sb.append("<h3>Story: ").append(esc(st.title() == null ? st.id() : st.title())).append("</h3>\n<p>")
                    .append(st.articles().size()).append(" articles; ").append(esc(String.join(", ", st.terms())))
                    .append("</p>\n<table><tr><th>when</th><th>what</th><th>how</th><th>summary</th><th>reports</th></tr>\n");
            for (String id : st.events()) {
                io.storyline.model.Event e = events.get(id);
                if (e == null) continue;
                sb.append("<tr><td>").append(e.when() == null ? "?" : esc(e.when().value() + (e.when().inferred() ? " (inferred)" : "")))
                        .append("</td><td>").append(esc(e.type())).append("</td><td>").append(esc(e.modality().label()))
                        .append("</td><td>").append(esc(e.summary())).append("</td><td>");
                for (io.storyline.model.Source src : e.sources()) {
                    sb.append("<a href=\"#").append(esc(src.article())).append("\" title=\"").append(esc(src.text())).append("\">")
                            .append(esc(src.article())).append("</a> ");
                }
                sb.append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        if (!analysis.duplicateGroups().isEmpty()) {
            sb.append("<h3>Copies</h3>\n<table><tr><th>relation</th><th>similarity</th><th>wire</th><th>members</th><th>changes</th></tr>\n");
            for (io.storyline.model.DuplicateGroup g : analysis.duplicateGroups()) {
                sb.append("<tr><td>").append(esc(g.relation().label())).append("</td><td>")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", g.similarity())).append("</td><td>")
                        .append(esc(g.wire() == null ? "" : g.wire())).append("</td><td>");
                for (String m : g.members()) sb.append("<a href=\"#").append(esc(m)).append("\">").append(esc(titles.getOrDefault(m, m))).append("</a><br>");
                sb.append("</td><td><ul>");
                for (io.storyline.model.Change c : g.changes()) {
                    sb.append("<li><small>").append(esc(c.kind().name().toLowerCase(java.util.Locale.ROOT))).append("</small> ");
                    if (c.from() != null && !c.from().isEmpty()) sb.append("<del>").append(esc(c.from())).append("</del> ");
                    if (c.to() != null && !c.to().isEmpty()) sb.append("<ins>").append(esc(c.to())).append("</ins>");
                    sb.append("</li>");
                }
                sb.append("</ul></td></tr>\n");
            }
            sb.append("</table>\n");
        }
        if (!analysis.entities().isEmpty()) {
            sb.append("<h3>Entities</h3>\n<table><tr><th>name</th><th>type</th><th>also named</th><th>roles</th><th>mentions</th></tr>\n");
            analysis.entities().stream()
                    .sorted(java.util.Comparator.comparingInt((io.storyline.model.Entity e) -> -e.mentions().size()))
                    .forEach(e -> sb.append("<tr><td>").append(esc(e.name())).append("</td><td>").append(esc(e.type()))
                            .append("</td><td>").append(esc(String.join(", ", e.aliases()))).append("</td><td>")
                            .append(esc(String.join("; ", e.roles().stream().map(io.storyline.model.Entity.Role::title).distinct().toList())))
                            .append("</td><td>").append(e.mentions().size()).append("</td></tr>\n"));
            sb.append("</table>\n");
        }
        if (!analysis.quotes().isEmpty()) {
            sb.append("<h3>Quotes</h3>\n<ul>\n");
            for (io.storyline.model.Quote q : analysis.quotes()) {
                sb.append("<li><q>").append(esc(q.text())).append("</q> — ")
                        .append(esc(q.speaker() == null ? "(speaker unknown)" : q.speaker()))
                        .append(q.cue() == null ? "" : ", " + esc(q.cue())).append(" (<a href=\"#").append(esc(q.article())).append("\">")
                        .append(esc(titles.getOrDefault(q.article(), q.article()))).append("</a>")
                        .append(q.alsoIn().isEmpty() ? "" : "; also in " + q.alsoIn().size()).append(")</li>\n");
            }
            sb.append("</ul>\n");
        }
    }

    private static String date(DateValue d) {
        return d == null ? null : d.value() + (d.inferred() ? " (inferred)" : "");
    }

    private static void meta(StringBuilder sb, String name, String value) {
        if (value == null || value.isBlank()) return;
        sb.append("<span>").append(name).append(": ").append(esc(value)).append("</span> · ");
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
