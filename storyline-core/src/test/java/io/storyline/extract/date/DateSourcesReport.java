package io.storyline.extract.date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.ingest.CharsetDetector;
import io.storyline.model.Capture;
import io.storyline.model.DateValue;
import io.storyline.model.Deadline;
import io.storyline.model.Format;
import io.storyline.model.Provenance;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Development aid, not a test: for every page of an htmldate-format set, prints what each date
 * source says next to the gold date (TSV), so the order of trust can be measured per source.
 * Run: {@code java -cp <test classpath> io.storyline.extract.date.DateSourcesReport DIR > out.tsv}.
 */
public final class DateSourcesReport {
    private DateSourcesReport() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("eval_default.json").toFile());
        DateExtractor x = new DateExtractor();
        String only = args.length > 1 ? args[1] : null;
        System.out.println("file\tgold\tdecided\tjsonPub\tjsonUpd\tmetaPub\tmetaUpd\tmarkupPub\tmarkupUpd\tmarkupFirst\turl\ttextPub\ttextUpd\ttextWeak\tscript\tmetaWeak\tevidence\ttextAny");
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().get("file").asText();
            if (only != null && !file.startsWith(only)) continue;
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(file + ".gz")))) {
                bytes = in.readAllBytes();
            }
            Capture c = new Capture(Provenance.ofFile(file), Format.HTML, bytes, e.getKey(), null, null, null);
            String html = CharsetDetector.decode(c).content();
            Document d = Parser.htmlParser().parseInput(html, e.getKey());
            PageScan scan = PageScan.of(d, 200_000, Deadline.none());
            DateExtractor.Evidence ev = x.collect(scan, d, e.getKey(), Deadline.none());
            if (only != null) {
                String text = scan.text.toString();
                System.out.println("h1 at " + scan.headlineStart + ": " + (scan.headline == null ? "-" : scan.headline.text()) + " | hint " + ev.hint);
                for (DateExtractor.TextCandidate tc : x.textCandidates(scan, ev.hint, Deadline.none())) {
                    PrintedDate p = tc.date();
                    String ctx = text.substring(Math.max(0, p.start() - 40), Math.min(text.length(), p.end() + 20));
                    System.out.println("  " + p.value().value() + " " + p.role() + " score=" + tc.score() + " hinted="
                            + tc.hinted() + " elsewhere=" + tc.elsewhere() + " crowded=" + tc.crowded() + " d=" + tc.distance() + " | " + ctx.replace('\n', '/'));
                }
            }
            PublicationDates pd = x.decide(ev);
            System.out.println(String.join("\t", file, e.getValue().get("date").asText(), day(pd.published()),
                    v(ev.jsonPublished), v(ev.jsonUpdated), v(ev.metaPublished), v(ev.metaUpdated),
                    v(ev.markupPublished), v(ev.markupUpdated), v(ev.markupFirst), v(ev.url), v(ev.textPublished) + " #" + ev.textPublishedScore,
                    v(ev.textUpdated) + " #" + ev.textUpdatedScore, v(ev.textWeak), v(ev.scriptPublished), v(ev.metaWeak),
                    pd.published() == null ? "-" : pd.published().evidence().replace('\t', ' ').replace('\n', ' '), v(ev.textAny)));
        }
    }

    private static String day(DateValue d) {
        return d == null ? "-" : d.day();
    }

    private static String v(DateValue d) {
        return d == null ? "-" : d.day() + " " + d.evidence().replace('\t', ' ').replace('\n', ' ');
    }
}
