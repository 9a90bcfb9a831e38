import io.storyline.eval.ExtractionBench;
import io.storyline.eval.SyntheticCorpus;
import io.storyline.model.Article;
import io.storyline.pipeline.Pipeline;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * Writes a JSON Lines file of n generated news pages for the web load test (docs/benchmarks.md):
 * texts from {@link SyntheticCorpus} (real page texts of a dev set, re-drawn; 20% syndicated
 * copies), each wrapped in a small HTML page with a headline, a fictional outlet and a publication
 * date (2015-2025), so that search filters by site and date have something to bite on. Also writes
 * a query list (one URL path per line) drawn from the corpus' own words for the load generator.
 *
 * <p>Run (after a build): {@code java -cp "storyline-cli/target/storyline-cli.jar:storyline-cli/target/lib/*"
 * bench/web/MakeCorpus.java ../shared/data/extraction-dev 100000 /tmp/web-100k.jsonl /tmp/web-queries.txt}
 */
public final class MakeCorpus {
    private static final String[] OUTLETS = {"Meravia Herald", "Vesk Evening Post", "Lindmark Times",
            "Northern Ledger", "Harbor Daily", "Corvale Digest", "Sallemont Observer", "Kaldor Today",
            "Eastbrook Courier", "Tarrow Gazette", "Pellin Wire", "Quillfield Record"};

    public static void main(String[] args) throws IOException {
        Path seed = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Path queries = Path.of(args[3]);
        Pipeline p = Pipeline.standard(io.storyline.ingest.Limits.DEFAULT);
        List<String> texts = ExtractionBench.load(seed).parallelStream().map(c -> p.process(c).article())
                .filter(Objects::nonNull).map(Article::text).toList();
        SyntheticCorpus synth = new SyntheticCorpus(texts, 0.2);
        LocalDate first = LocalDate.of(2015, 1, 1);
        java.util.List<String> words = new java.util.ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Random r = new Random(i * 31L + 7);
                String text = synth.text(i);
                String[] paras = text.split("\n\n");
                String title = headline(paras[0]);
                String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
                LocalDate day = first.plusDays(r.nextInt(11 * 365));
                StringBuilder h = new StringBuilder(text.length() + 600);
                h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                        .append(" | ").append(outlet).append("</title><meta property=\"og:site_name\" content=\"")
                        .append(outlet).append("\"><meta property=\"article:published_time\" content=\"")
                        .append(day).append("T09:30:00Z\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>"
                        + "</nav><article><h1>").append(esc(title)).append("</h1>");
                for (String para : paras) h.append("<p>").append(esc(para)).append("</p>");
                h.append("</article><footer>Copyright ").append(outlet).append("</footer></body></html>");
                w.write("{\"url\":\"https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/news/" + i
                        + "\",\"html\":" + jsonString(h.toString()) + "}\n");
                if (i % 97 == 0) {
                    for (String t : paras[0].split("\\s+")) {
                        if (t.length() > 4 && t.chars().allMatch(Character::isLetter)) words.add(t.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        // queries: single words, two-word conjunctions, phrases, a site filter and a date range
        Random r = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(queries, StandardCharsets.UTF_8)) {
            for (int k = 0; k < 2000; k++) {
                String a = enc(words.get(r.nextInt(words.size()))), b = enc(words.get(r.nextInt(words.size())));
                String q = switch (k % 5) {
                    case 0, 1 -> "q=" + a;
                    case 2 -> "q=" + a + "+" + b;
                    case 3 -> "q=" + a + "&site=" + OUTLETS[r.nextInt(OUTLETS.length)].replace(' ', '+');
                    default -> "q=" + a + "&from=" + (2015 + r.nextInt(10)) + "-01-01&to=" + (2016 + r.nextInt(9)) + "-12-31";
                };
                w.write("/api/search?" + q + "\n");
            }
        }
        System.out.println("wrote " + n + " pages to " + out + " and 2000 queries to " + queries);
    }

    private static String enc(String word) {
        return java.net.URLEncoder.encode(word, StandardCharsets.UTF_8);
    }

    private static String headline(String para) {
        String[] w = para.split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(w.length, 10); i++) sb.append(i == 0 ? "" : " ").append(w[i]);
        return sb.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
