package io.storyline.model;

import java.util.Locale;

/** Why a block is not article body. Serialised in lower case with dashes. */
public enum Clutter {
    TITLE, STANDFIRST, BYLINE, DATELINE, CAPTION, NAVIGATION, SHARE, TEASER, RELATED, SUBSCRIPTION,
    COMMENTS, FOOTER, ADVERTISEMENT, TEMPLATE, DUPLICATE, METADATA, BOILERPLATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
