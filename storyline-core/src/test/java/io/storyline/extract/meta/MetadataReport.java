package io.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.ingest.CharsetDetector;
import io.storyline.model.Capture;
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
 * Development aid, not a test: prints expected and extracted title, author and site for every
 * page of extraction-dev as TSV (file, title, title found, author, authors found, site, site
 * found, language found), to measure agreement with a script.
 */
public final class MetadataReport {
    private MetadataReport() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        JsonNode exp = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        MetadataExtractor x = new MetadataExtractor();
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(v.get("html").asText())))) {
                bytes = in.readAllBytes();
            }
            String url = v.path("url").asText(null);
            String html = CharsetDetector.decode(new Capture(Provenance.ofFile(e.getKey()), Format.HTML, bytes, url, null, null, null)).content();
            Document d = Parser.htmlParser().parseInput(html, url == null ? "" : url);
            PageMetadata m = x.extract(d, url);
            System.out.println(String.join("\t", e.getKey(), s(v.path("title").asText("")), s(m.title()),
                    s(v.path("author").asText("")), s(String.join("; ", m.authors())), s(v.path("sitename").asText("")),
                    s(m.site()), s(m.language())));
        }
    }

    private static String s(String x) {
        return x == null ? "" : x.replace('\t', ' ').replace('\n', ' ');
    }
}
