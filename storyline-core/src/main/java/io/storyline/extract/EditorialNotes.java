package io.storyline.extract;

import java.util.regex.Pattern;

/**
 * Notes a publisher adds about a story rather than to it, shared by the text-capture and the HTML
 * extractors: "(This story has not been edited by … staff and is auto-generated from a syndicated
 * feed.)", "With inputs from agencies", AI disclaimers.
 */
public final class EditorialNotes {
    private EditorialNotes() {
    }

    /** Notes that a story came from a feed or was not edited ("auto-generated from a syndicated feed"). */
    public static final Pattern SYNDICATION_NOTE = Pattern.compile(
            "(?i)(auto-?generated from a syndicated feed|has not been edited by|(published|generated) from a "
                    + "(syndicated|wire|news) feed|unedited,? auto-?generated|with inputs? from (agencies|wires|"
                    + "news agencies|\\p{L}+ agencies)|\\(with (inputs|additional reporting) from|"
                    + "this (article|story|report) (was|has been) (originally )?(published|produced|written) (by|on|in)|"
                    + "(this|the) (content|article|story) (is|was) (auto|automatically)|^disclaimer\\s*:|"
                    + "views expressed (here|in this article|are)|(is|was) (created|produced|written) (by|with) "
                    + "(an )?(ai|automated)|only the headline .* (changed|edited)|"
                    + "headline .* may have been (changed|edited)|syndicated feed)");


    /** Whether a short block is such a note (long blocks are never notes, whatever they quote). */
    public static boolean isNote(String text, int maxChars) {
        return text.length() <= maxChars && SYNDICATION_NOTE.matcher(text).find();
    }
}
