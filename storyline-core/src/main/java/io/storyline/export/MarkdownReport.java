package io.storyline.export;

import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.Outcome;
import io.storyline.model.Removed;

/** Renders an {@link Analysis} as Markdown: inputs, then each article with its metadata and body. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(Analysis analysis) {
        StringBuilder sb = new StringBuilder("# Storyline analysis\n\n## Inputs\n\n| input | status | reason |\n|---|---|---|\n");
        for (Outcome o : analysis.outcomes()) {
            sb.append("| ").append(cell(o.input())).append(" | ").append(o.status().label()).append(" | ")
                    .append(cell(o.reason() == null ? "" : o.reason())).append(" |\n");
        }
        corpus(sb, analysis);
        for (Article a : analysis.articles()) {
            sb.append("\n## ").append(inline(a.title() == null ? "(untitled)" : a.title())).append("\n\n");
            field(sb, "Id", a.id());
            field(sb, "Input", a.input());
            field(sb, "Authors", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
            field(sb, "Site", a.site());
            field(sb, "Wire", a.wire());
            field(sb, "Dateline", a.dateline());
            field(sb, "Published", date(a.published()));
            field(sb, "Updated", date(a.updated()));
            field(sb, "Language", a.language());
            field(sb, "URL", a.url());
            sb.append('\n');
            for (String p : a.text().split("\n\n")) sb.append(inline(p)).append("\n\n");
            if (!a.removed().isEmpty()) {
                sb.append("<details><summary>Removed (").append(a.removed().size()).append(")</summary>\n\n");
                for (Removed r : a.removed()) {
                    sb.append("- *").append(r.why()).append("*: ").append(inline(r.text())).append('\n');
                }
                sb.append("\n</details>\n");
            }
        }
        return sb.toString();
    }

    /** Copies, entities and quotes across the corpus, before the articles. */
    private static void corpus(StringBuilder sb, Analysis analysis) {
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (Article a : analysis.articles()) titles.put(a.id(), a.title() == null ? a.id() : a.title());
        sb.append("\n## Corpus\n\n").append(analysis.articles().size()).append(" articles, ")
                .append(analysis.independentSources()).append(" independent sources\n");
        java.util.Map<String, io.storyline.model.Event> events = new java.util.HashMap<>();
        for (io.storyline.model.Event e : analysis.events()) events.put(e.id(), e);
        for (io.storyline.model.Story st : analysis.stories()) {
            sb.append("\n### Story: ").append(inline(st.title() == null ? st.id() : st.title())).append("\n\n")
                    .append(st.articles().size()).append(" articles; ").append(inline(String.join(", ", st.terms()))).append("\n\n")
                    .append("| when | what | how | summary | reports |\n|---|---|---|---|---|\n");
            for (String id : st.events()) {
                io.storyline.model.Event e = events.get(id);
                if (e == null) continue;
                sb.append("| ").append(e.when() == null ? "?" : cell(e.when().value() + (e.when().inferred() ? " (inferred)" : "")))
                        .append(" | ").append(cell(e.type())).append(" | ").append(e.modality().label()).append(" | ")
                        .append(cell(e.summary())).append(" | ").append(e.sources().size()).append(" |\n");
            }
        }
        if (!analysis.duplicateGroups().isEmpty()) {
            sb.append("\n### Copies\n\n| group | relation | similarity | wire | members | changes |\n|---|---|---|---|---|---|\n");
            for (io.storyline.model.DuplicateGroup g : analysis.duplicateGroups()) {
                java.util.Map<io.storyline.model.Change.Kind, Long> kinds = g.changes().stream().collect(
                        java.util.stream.Collectors.groupingBy(io.storyline.model.Change::kind, java.util.TreeMap::new,
                                java.util.stream.Collectors.counting()));
                sb.append("| ").append(g.id()).append(" | ").append(g.relation().label()).append(" | ")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", g.similarity())).append(" | ")
                        .append(cell(g.wire() == null ? "" : g.wire())).append(" | ")
                        .append(cell(String.join("; ", g.members().stream().map(m -> titles.getOrDefault(m, m)).toList())))
                        .append(" | ").append(cell(kinds.entrySet().stream()
                                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT)).toList().toString()))
                        .append(" |\n");
            }
        }
        if (!analysis.entities().isEmpty()) {
            sb.append("\n### Entities\n\n| name | type | also named | roles | mentions |\n|---|---|---|---|---|\n");
            analysis.entities().stream()
                    .sorted(java.util.Comparator.comparingInt((io.storyline.model.Entity e) -> -e.mentions().size()))
                    .forEach(e -> sb.append("| ").append(cell(e.name())).append(" | ").append(e.type()).append(" | ")
                            .append(cell(String.join(", ", e.aliases()))).append(" | ")
                            .append(cell(String.join("; ", e.roles().stream().map(io.storyline.model.Entity.Role::title).distinct().toList())))
                            .append(" | ").append(e.mentions().size()).append(" |\n"));
        }
        if (!analysis.quotes().isEmpty()) {
            sb.append("\n### Quotes\n\n");
            for (io.storyline.model.Quote q : analysis.quotes()) {
                sb.append("- “").append(inline(q.text())).append("” — ")
                        .append(inline(q.speaker() == null ? "(speaker unknown)" : q.speaker()))
                        .append(q.cue() == null ? "" : ", " + inline(q.cue())).append(" (")
                        .append(inline(titles.getOrDefault(q.article(), q.article())))
                        .append(q.alsoIn().isEmpty() ? "" : "; also in " + q.alsoIn().size()).append(")\n");
            }
        }
    }

    private static String date(DateValue d) {
        if (d == null) return null;
        return d.value() + " (" + d.precision().label() + (d.inferred() ? ", inferred" : "") + ")";
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) sb.append("- **").append(name).append("**: ").append(inline(value)).append('\n');
    }

    /** Escapes Markdown and HTML so that text from a capture renders as text. */
    static String inline(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String cell(String s) {
        return inline(s);
    }
}
