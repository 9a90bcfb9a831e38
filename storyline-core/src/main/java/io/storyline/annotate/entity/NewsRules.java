package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.model.Deadline;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of news English applied over the model's names (see {@link EntityRecognizer}).
 * Stateless apart from the gazetteer; thread-safe.
 */
final class NewsRules {
    /** A name over tokens {@code [start, end)}. */
    record Name(int start, int end, String type) {
    }

    static final String PERSON = "PERSON", ORG = "ORG", COUNTRY = "COUNTRY", LOC = "LOC", MISC = "MISC",
            TITLE = "TITLE";

    private static final String[] MODEL_TYPES = {PERSON, ORG, LOC, MISC};

    private final Gazetteer gazetteer;

    NewsRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The names of a BIO label sequence. */
    static List<Name> names(int[] labels, int n) {
        List<Name> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int y = labels[i];
            if (y == 0) {
                i++;
                continue;
            }
            int type = NerModel.typeOf(y);
            int e = i + 1;
            while (e < n && labels[e] == 2 * type + 2) e++;
            out.add(new Name(i, e, MODEL_TYPES[type]));
            i = e;
        }
        return out;
    }

    List<Name> apply(TextAnalysis t, List<Name> names, Deadline deadline) {
        List<Name> out = new ArrayList<>(names.size());
        for (Name n : names) {
            String type = n.type();
            if (!type.equals(PERSON)) {
                Gazetteer.Match m = gazetteer.longest(t, n.start(), n.end(), Gazetteer.Kind.COUNTRY);
                if (m != null && m.end() == n.end()) type = COUNTRY;
            }
            if (type.equals(MISC)) continue;
            out.add(new Name(n.start(), n.end(), type));
        }
        return out;
    }
}
