package io.storyline.annotate.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Given names that tell a person's gender (bundled {@code given-names-gender.txt}: a name, a tab,
 * F or M; names given to both are not listed), so that "he" is never resolved to Oprah Winfrey.
 * Immutable; the bundled table is read once.
 */
final class Genders {
    /** What a name tells: nothing, a woman, a man. */
    enum Gender { UNKNOWN, FEMALE, MALE }

    private final Map<String, Gender> byName;

    Genders(Map<String, Gender> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The gender of a given name, in any case; {@link Gender#UNKNOWN} when the table does not tell. */
    Gender of(String givenName) {
        Gender g = byName.get(givenName.toLowerCase(Locale.ROOT));
        return g == null ? Gender.UNKNOWN : g;
    }

    int size() {
        return byName.size();
    }

    static Genders bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final Genders BUNDLED = load("given-names-gender.txt");
    }

    static Genders load(String resource) {
        Map<String, Gender> m = new HashMap<>();
        try (InputStream in = Genders.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                String g = tab < 0 ? "" : line.substring(tab + 1).trim();
                if (tab <= 0 || !(g.equals("F") || g.equals("M"))) {
                    throw new IOException(resource + " line " + lineNo + ": expected NAME<TAB>F|M, got \"" + line + "\"");
                }
                m.put(line.substring(0, tab).trim().toLowerCase(Locale.ROOT), g.equals("F") ? Gender.FEMALE : Gender.MALE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Genders(m);
    }
}
