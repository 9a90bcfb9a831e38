package io.storyline.extract.date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.extract.meta.MetadataExtractor;
import io.storyline.ingest.CharsetDetector;
import io.storyline.model.Capture;
import io.storyline.model.Deadline;
import io.storyline.model.Format;
import io.storyline.model.Provenance;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Development aid, not a test: time of metadata and date extraction per page on extraction-dev. */
public final class DateTiming {
    private DateTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        JsonNode exp = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        List<String> htmls = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(e.getValue().get("html").asText())))) {
                bytes = in.readAllBytes();
            }
            String url = e.getValue().path("url").asText(null);
            htmls.add(CharsetDetector.decode(new Capture(Provenance.ofFile(e.getKey()), Format.HTML, bytes, url, null, null, null)).content());
            urls.add(url);
        }
        List<Document> docs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < htmls.size(); i++) docs.add(Parser.htmlParser().setTrackPosition(true).parseInput(htmls.get(i), urls.get(i)));
        long parse = System.nanoTime() - t0;
        DateExtractor dx = new DateExtractor();
        MetadataExtractor mx = new MetadataExtractor();
        java.lang.management.ThreadMXBean mx2 = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 6; round++) {
            long td = 0, tm = 0, tp = 0;
            for (int i = 0; i < docs.size(); i++) {
                long z = mx2.getCurrentThreadCpuTime();
                Parser.htmlParser().setTrackPosition(true).parseInput(htmls.get(i), urls.get(i));
                tp += mx2.getCurrentThreadCpuTime() - z;
                long a = mx2.getCurrentThreadCpuTime();
                dx.extract(docs.get(i), urls.get(i), Deadline.none());
                long b = mx2.getCurrentThreadCpuTime();
                mx.extract(docs.get(i), urls.get(i));
                long c = mx2.getCurrentThreadCpuTime();
                td += b - a;
                tm += c - b;
            }
            System.out.printf("round %d: parse %.2f ms/page, dates %.3f ms/page, metadata %.3f ms/page (thread CPU time)%n", round,
                    tp / 1e6 / docs.size(), td / 1e6 / docs.size(), tm / 1e6 / docs.size());
        }
    }
}
