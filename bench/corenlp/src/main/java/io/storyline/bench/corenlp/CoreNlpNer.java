package io.storyline.bench.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Runs Stanford CoreNLP's NER over the texts Storyline's {@code eval ner --write-texts} wrote
 * (JSON lines {doc, text}) and writes predictions as tab-separated {@code doc start end type}
 * (character offsets into each text), for {@code eval ner --predictions}.
 *
 * <p>Modes: {@code 3class} runs the CRF classifier {@code english.all.3class.distsim.crf.ser.gz}
 * alone (with CoreNLP's own tokenizer) over each text; {@code default} runs the default pipeline
 * (tokenize, ssplit, pos, lemma, ner with its three CRF models, numeric classifiers and SUTime).
 * Prints to stderr the tokens, seconds (model loading excluded, one warm-up pass first) and
 * tokens/s of the timed pass; the last stdout line is the seconds, for scripts.
 *
 * <pre>java -cp ... io.storyline.bench.corenlp.CoreNlpNer 3class texts.jsonl predictions.tsv</pre>
 */
public final class CoreNlpNer {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: CoreNlpNer 3class|default TEXTS.jsonl OUT.tsv");
            System.exit(2);
        }
        String mode = args[0];
        List<String[]> docs = new ArrayList<>();
        ObjectMapper om = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = om.readTree(line);
            docs.add(new String[] {n.get("doc").asText(), n.get("text").asText()});
        }
        List<String> out;
        long tokens;
        double seconds;
        if (mode.equals("3class")) {
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(
                    "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            run3(crf, docs); // warm-up
            long t0 = System.nanoTime();
            Object[] r = run3(crf, docs);
            seconds = (System.nanoTime() - t0) / 1e9;
            @SuppressWarnings("unchecked") List<String> o = (List<String>) r[0];
            out = o;
            tokens = (Long) r[1];
        } else {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
            runDefault(pipeline, docs); // warm-up
            long t0 = System.nanoTime();
            Object[] r = runDefault(pipeline, docs);
            seconds = (System.nanoTime() - t0) / 1e9;
            @SuppressWarnings("unchecked") List<String> o = (List<String>) r[0];
            out = o;
            tokens = (Long) r[1];
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            for (String l : out) w.println(l);
        }
        System.err.printf("CoreNLP %s %s: %d documents, %d tokens, %.2f s, %.0f tokens/s%n", edition(), mode,
                docs.size(), tokens, seconds, tokens / seconds);
        System.out.printf("%.3f%n", seconds);
    }

    private static String edition() {
        Package p = CRFClassifier.class.getPackage();
        return p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : "";
    }

    private static Object[] run3(CRFClassifier<CoreLabel> crf, List<String[]> docs) {
        List<String> out = new ArrayList<>();
        long tokens = 0;
        for (String[] d : docs) {
            for (List<CoreLabel> sentence : crf.classify(d[1])) {
                tokens += sentence.size();
                String open = null;
                int start = 0, end = 0;
                for (CoreLabel t : sentence) {
                    String a = t.get(CoreAnnotations.AnswerAnnotation.class);
                    if (a == null || a.equals("O")) a = null;
                    if (open != null && !open.equals(a)) {
                        out.add(d[0] + "\t" + start + "\t" + end + "\t" + open);
                        open = null;
                    }
                    if (a != null && open == null) {
                        open = a;
                        start = t.beginPosition();
                    }
                    if (a != null) end = t.endPosition();
                }
                if (open != null) out.add(d[0] + "\t" + start + "\t" + end + "\t" + open);
            }
        }
        return new Object[] {out, tokens};
    }

    private static Object[] runDefault(StanfordCoreNLP pipeline, List<String[]> docs) {
        List<String> out = new ArrayList<>();
        long tokens = 0;
        for (String[] d : docs) {
            CoreDocument doc = new CoreDocument(d[1]);
            pipeline.annotate(doc);
            tokens += doc.tokens().size();
            for (CoreEntityMention m : doc.entityMentions()) {
                out.add(d[0] + "\t" + m.charOffsets().first() + "\t" + m.charOffsets().second() + "\t" + m.entityType());
            }
        }
        return new Object[] {out, tokens};
    }
}
