package io.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.annotate.entity.NerTrainer;
import io.storyline.annotate.entity.WordClasses;
import io.storyline.annotate.entity.WordClusterer;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.extract.HtmlExtractor;
import io.storyline.extract.lang.LanguageIdentifier;
import io.storyline.ingest.CharsetDetector;
import io.storyline.model.Capture;
import io.storyline.model.Deadline;
import io.storyline.model.Format;
import io.storyline.model.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * English text without labels from the data sets in {@code ../shared/data}, for learning word
 * classes: the ECB+ news documents, the Wikinews articles of timeline-dev, and the English pages
 * of extraction-dev and dates-dev (main text by Storyline's own extractor, kept when the
 * language identifier says English). Test splits of the NER data are never read here. Texts are
 * returned in a fixed order, each once.
 */
public final class UnlabelledText {
    private UnlabelledText() {
    }

    /** Sizes of the parts read, for the training log. */
    public record Part(String name, int texts, long chars) {
    }

    /** The English texts under {@code dataDir} (the {@code ../shared/data} folder); absent parts are skipped. */
    public static List<String> read(Path dataDir, Consumer<String> progress) throws IOException {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Part> parts = new ArrayList<>();
        Path ecb = dataDir.resolve("events-coref-dev");
        if (Files.isDirectory(ecb.resolve("ECB+"))) {
            List<String> texts = new ArrayList<>();
            for (EcbPlus.Doc d : EcbPlus.load(ecb).docs()) texts.add(d.text());
            parts.add(add("events-coref-dev (ECB+)", texts, out, seen));
        }
        Path timeline = dataDir.resolve("timeline-dev/documents");
        if (Files.isDirectory(timeline)) {
            List<String> texts = new ArrayList<>();
            for (TimelineEval.Doc d : TimelineEval.documents(timeline)) texts.add(d.title() + "\n\n" + d.text());
            parts.add(add("timeline-dev", texts, out, seen));
        }
        parts.add(add("extraction-dev (English pages)", englishPages(dataDir.resolve("extraction-dev"), "expected.json", "html"), out, seen));
        parts.add(add("dates-dev (English pages)", englishPages(dataDir.resolve("dates-dev"), "eval_default.json", "file"), out, seen));
        for (Part p : parts) progress.accept(String.format("unlabelled text: %s, %,d texts, %,d chars", p.name(), p.texts(), p.chars()));
        return out;
    }

    /**
     * Word classes learned from the unlabelled texts under {@code dataDir} and the texts of the
     * training examples (their labels unused).
     */
    public static WordClasses wordClasses(Path dataDir, List<NerTrainer.Example> training, WordClusterer.Options options,
                                          Consumer<String> progress) throws IOException {
        List<String> texts = new ArrayList<>(read(dataDir, progress));
        Set<String> seen = new HashSet<>(texts);
        for (var ex : training) if (seen.add(ex.text())) texts.add(ex.text());
        TextAnalyzer analyzer = TextAnalyzer.standard();
        List<TextAnalysis> analysed = new ArrayList<>(texts.size());
        for (String t : texts) analysed.add(analyzer.analyze(t));
        return new WordClusterer(options).cluster(analysed, progress);
    }

    private static Part add(String name, List<String> texts, List<String> out, Set<String> seen) {
        int n = 0;
        long chars = 0;
        for (String t : texts) {
            if (t.isBlank() || !seen.add(t)) continue;
            out.add(t);
            n++;
            chars += t.length();
        }
        return new Part(name, n, chars);
    }

    /**
     * The main texts of the English pages of a folder whose index ({@code indexName}, a JSON
     * object of entries) names each page's file in field {@code fileField} (relative to the folder,
     * or to its {@code html} subfolder).
     */
    private static List<String> englishPages(Path dir, String indexName, String fileField) throws IOException {
        Path index = dir.resolve(indexName);
        if (!Files.exists(index)) return List.of();
        JsonNode entries = new ObjectMapper().readTree(index.toFile());
        Set<String> files = new java.util.TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
            String f = it.next().getValue().path(fileField).asText("");
            if (!f.isEmpty()) files.add(f);
        }
        HtmlExtractor extractor = new HtmlExtractor();
        List<String> texts = new ArrayList<>();
        for (String f : files) {
            Path p = dir.resolve(f);
            if (!Files.exists(p)) p = dir.resolve("html").resolve(f + ".gz");
            if (!Files.exists(p)) p = dir.resolve("html").resolve(f);
            if (!Files.exists(p)) continue;
            byte[] bytes = DevSet.read(p);
            Capture c = new Capture(Provenance.ofFile(f), Format.HTML, bytes, null, null, null, null);
            String text;
            try {
                text = extractor.extract(CharsetDetector.decode(c), Deadline.none()).text;
            } catch (RuntimeException e) {
                continue; // a page the extractor cannot read adds nothing
            }
            if (text != null && "en".equals(LanguageIdentifier.identify(text))) texts.add(text);
        }
        return texts;
    }
}
