package io.storyline.bench.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's NER over texts given as JSON lines {@code {doc, text}} (written by
 * {@code storyline eval ner --write-texts}): prints one mention per line, tab-separated
 * {@code doc, start, end, type} with types mapped to PER, ORG, LOC, and on stderr the seconds
 * spent annotating (loading the models excluded) and the token count.
 *
 * <p>Usage: {@code CoreNlpNer TEXTS.jsonl OUT.tsv [3class|default]}: {@code 3class} runs the
 * 3-class CRF alone (no SUTime, no numeric or fine-grained classifiers); {@code default} runs
 * CoreNLP's default NER annotator (three CRFs, SUTime, rules).
 */
public final class CoreNlpNer {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]), out = Path.of(args[1]);
        String mode = args.length > 2 ? args[2] : "3class";
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        if (mode.equals("3class")) {
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.buildEntityMentions", "true");
        }
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) docs.add(json.readTree(line));
        }
        // one warm-up pass over a few documents, not timed
        for (int i = 0; i < Math.min(20, docs.size()); i++) pipeline.processToCoreDocument(docs.get(i).get("text").asText());
        long tokens = 0;
        long t0 = System.nanoTime();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (JsonNode d : docs) {
                CoreDocument doc = pipeline.processToCoreDocument(d.get("text").asText());
                tokens += doc.tokens().size();
                for (CoreEntityMention m : doc.entityMentions()) {
                    String type = switch (m.entityType()) {
                        case "PERSON" -> "PER";
                        case "ORGANIZATION" -> "ORG";
                        case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOC";
                        default -> null;
                    };
                    if (type == null) continue;
                    int start = m.coreMap().get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int end = m.coreMap().get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    w.printf("%s\t%d\t%d\t%s%n", d.get("doc").asText(), start, end, type);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf("%.3f seconds, %d tokens, %.0f tokens/s (%s)%n", seconds, tokens, tokens / seconds, mode);
        System.out.printf("%.3f%n", seconds);
    }
}
