import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.TimeExpression;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiFunction;

/** Benchmark only: Stanford SUTime (GPL) over a text, with the document date given. Compiled only with -Psutime. */
public final class SuTimeRunner {
    private SuTimeRunner() {
    }

    public static BiFunction<TimexCompare.Doc, String, List<TimexCompare.Found>> create() {
        AnnotationPipeline pipeline = new AnnotationPipeline();
        pipeline.addAnnotator(new TokenizerAnnotator(false));
        pipeline.addAnnotator(new WordsToSentencesAnnotator(false));
        pipeline.addAnnotator(new POSTaggerAnnotator(false));
        pipeline.addAnnotator(new TimeAnnotator("sutime", new Properties()));
        return (d, date) -> {
            Annotation a = new Annotation(d.text());
            if (date != null) a.set(CoreAnnotations.DocDateAnnotation.class, date);
            pipeline.annotate(a);
            List<TimexCompare.Found> out = new ArrayList<>();
            for (CoreMap cm : a.get(TimeAnnotations.TimexAnnotations.class)) {
                int s = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                TimeExpression te = cm.get(TimeExpression.Annotation.class);
                String v = te == null || te.getTemporal() == null ? null : te.getTemporal().getTimexValue();
                out.add(new TimexCompare.Found(s, e, v));
            }
            return out;
        };
    }
}
