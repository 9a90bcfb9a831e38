package io.storyline.extract.lang;

/** Identifies the language of a text. Stateless and thread-safe. */
public final class LanguageIdentifier {
    private LanguageIdentifier() {
    }

    /** The ISO 639-1 code of the text's language, or null when it cannot tell. */
    public static String identify(String text) {
        return null;
    }
}
