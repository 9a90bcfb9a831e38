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
