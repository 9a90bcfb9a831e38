package io.storyline.extract.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.Article;
import io.storyline.model.Capture;
import io.storyline.model.Deadline;
import io.storyline.model.Decoded;
import io.storyline.model.Format;
import io.storyline.model.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A held-out check of the text-capture extractor on pages it was not built from: each page of
 * {@code ../shared/data/extraction-dev} is turned into a text capture the way a scraper saves a
 * page's visible text (one line per block, list items as bullets, scripts and styles dropped),
 * then extracted, and scored with the set's own "with"/"without" segments. Also scores two
 * baselines on the same captures: all the text, and every line of twelve words or more.
 *
 * <p>Run: {@code java -cp … io.storyline.extract.text.TextCaptureDevEval [../shared/data/extraction-dev] [filter]}.
 * Not a unit test: it reads 990 pages.
 */
public final class TextCaptureDevEval {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "article", "section", "header",
            "footer", "nav", "aside", "figure", "figcaption", "blockquote", "ul", "ol", "table", "form", "dd", "dt",
            "main", "address", "pre", "hr", "title", "caption", "td", "th", "dl", "details", "summary", "button",
            "label", "option", "select", "fieldset", "legend", "center");
    private static final Set<String> HIDDEN = Set.of(
            "script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas", "select");

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private TextCaptureDevEval() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/extraction-dev");
        String filter = args.length > 1 ? args[1] : null;
        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        TextCaptureExtractor extractor = new TextCaptureExtractor();
        int[] ours = new int[4], all = new int[4], longLines = new int[4];
        int pages = 0, empty = 0, titled = 0, titleRight = 0;
        long nanos = 0;
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            if (filter != null && filter.startsWith("--")) {
                boolean study = (e.getKey().hashCode() & 1) == 0; // a fixed half to study, the other held out
                if (filter.equals("--study") != study) continue;
            } else if (filter != null && !e.getKey().contains(filter)) {
                continue;
            }
            String capture = capture(read(dir.resolve(e.getValue().get("html").asText())));
            Capture c = Capture.of(Provenance.ofFile(e.getKey()), Format.TEXT, new byte[0]);
            long t0 = CPU.getCurrentThreadCpuTime();
            Article.Builder b = extractor.extract(new Decoded(c, capture, "UTF-8", "given"), Deadline.none());
            long dt = CPU.getCurrentThreadCpuTime() - t0;
            nanos += dt;
            if (dt > 50_000_000L) System.out.printf("slow: %s %d ms, %d chars%n", e.getKey(), dt / 1_000_000, capture.length());
            pages++;
            if (b.text.isEmpty()) empty++;
            String goldTitle = e.getValue().path("title").asText().replaceAll("\\s+", " ").strip();
            if (!goldTitle.isEmpty()) {
                titled++;
                String t = b.title == null ? "" : b.title.replaceAll("\\s+", " ").strip();
                if (!t.isEmpty() && (t.equals(goldTitle) || goldTitle.contains(t) && t.length() * 2 > goldTitle.length()
                        || t.contains(goldTitle))) titleRight++;
            }
            score(b.text, e.getValue(), ours);
            score(capture, e.getValue(), all);
            StringBuilder lines = new StringBuilder();
            for (String l : capture.split("\n")) if (l.strip().split("\\s+").length >= 12) lines.append(l).append('\n');
            score(lines.toString(), e.getValue(), longLines);
            if (Boolean.getBoolean("misses")) {
                String out = b.text.replaceAll("\\s+", " ");
                for (JsonNode w : e.getValue().get("with")) {
                    if (!out.contains(w.asText().replaceAll("\\s+", " ").strip())) System.out.println("MISS " + e.getKey() + " | " + w.asText());
                }
                for (JsonNode w : e.getValue().get("without")) {
                    if (out.contains(w.asText().replaceAll("\\s+", " ").strip())) System.out.println("KEPT " + e.getKey() + " | " + w.asText());
                }
            }
            if (Boolean.getBoolean("meta")) {
                System.out.println("META " + e.getKey() + " | " + b.title + " | " + b.authors + " | " + b.wire + " | "
                        + b.dateline + " | " + (b.published == null ? null : b.published.value()) + " | gold: "
                        + e.getValue().path("title").asText() + " / " + e.getValue().path("author").asText() + " / "
                        + e.getValue().path("date").asText());
            }
            if (filter != null && !filter.startsWith("--")) {
                System.out.println("=== " + e.getKey() + "\n" + capture + "\n--- body:\n" + b.text + "\n--- removed:");
                b.removed.forEach(r -> System.out.println(r.why() + " | " + r.text()));
                System.out.println("--- with: " + e.getValue().get("with") + "\n--- without: " + e.getValue().get("without"));
            }
        }
        System.out.printf("pages %d, empty bodies %d, %.2f ms of CPU per page%n", pages, empty, nanos / 1e6 / Math.max(1, pages));
        print("text-capture extractor", ours);
        System.out.printf("titles right %d of %d pages with a gold title (%.3f)%n", titleRight, titled,
                titleRight / (double) Math.max(1, titled));
        print("baseline: all text", all);
        print("baseline: lines of 12+ words", longLines);
    }

    private static void print(String name, int[] c) {
        double p = c[0] / (double) Math.max(1, c[0] + c[2]);
        double r = c[0] / (double) Math.max(1, c[0] + c[1]);
        double f = 2 * p * r / Math.max(1e-9, p + r);
        System.out.printf("%-32s precision %.3f recall %.3f F %.3f (tp %d fn %d fp %d tn %d)%n", name, p, r, f,
                c[0], c[1], c[2], c[3]);
    }

    /** tp, fn, fp, tn as the set's README defines them. */
    private static void score(String output, JsonNode page, int[] c) {
        String out = output.replaceAll("\\s+", " ").strip();
        for (JsonNode w : page.get("with")) {
            if (out.contains(w.asText().replaceAll("\\s+", " ").strip())) c[0]++;
            else c[1]++;
        }
        for (JsonNode w : page.get("without")) {
            if (out.contains(w.asText().replaceAll("\\s+", " ").strip())) c[2]++;
            else c[3]++;
        }
    }

    private static String read(Path gz) throws IOException {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            bytes = in.readAllBytes();
        }
        Document d = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
        return d.outerHtml();
    }

    /** The visible text of a page, one line per block, as scrapers save it. */
    static String capture(String html) {
        Document d = Jsoup.parse(html);
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            int hide = 0;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (HIDDEN.contains(tag) || el.hasAttr("hidden")) hide++;
                    if (BLOCKS.contains(tag)) newline(sb);
                    if (tag.equals("li") && hide == 0) sb.append("  • ");
                } else if (node instanceof TextNode t && hide == 0) {
                    String s = t.text();
                    if (!s.isBlank()) sb.append(s);
                    else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') sb.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (HIDDEN.contains(tag) || el.hasAttr("hidden")) hide--;
                    if (BLOCKS.contains(tag)) newline(sb);
                    if (tag.equals("p") || tag.matches("h[1-6]")) sb.append('\n');
                }
            }
        }, d.body() == null ? d : d.body());
        return sb.toString().replaceAll("\n{3,}", "\n\n").replaceAll("(?m)^[ \\t]+$", "");
    }

    private static void newline(StringBuilder sb) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
    }
}
