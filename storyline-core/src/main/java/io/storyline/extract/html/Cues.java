package io.storyline.extract.html;

import io.storyline.extract.html.CueMatcher.Cue;
import io.storyline.model.Clutter;

/**
 * The class/id vocabulary of web page templates, as data. Keywords follow {@link CueMatcher}'s
 * syntax ({@code ^} = starts a word, {@code $} = ends one). Lists come from the conventions of
 * common CMSs (WordPress, Drupal, Arc, Typo3, ...) and from trafilatura's and Readability's
 * published patterns, checked against a development set.
 */
final class Cues {
    private Cues() {
    }

    private static <V> Cue<V> c(String pattern, V value) {
        return new Cue<>(pattern, value);
    }

    /**
     * Subtrees that are not article text, by class or id, in priority order (the first matching
     * keyword gives the reason).
     */
    static final CueMatcher<Clutter> CLUTTER = CueMatcher.of(
            // pull quotes repeat a sentence of the text
            c("pullquote", Clutter.DUPLICATE), c("pull-quote", Clutter.DUPLICATE), c("pull_quote", Clutter.DUPLICATE),
            // comment threads and forms
            c("^comment", Clutter.COMMENTS), c("comments", Clutter.COMMENTS), c("disqus", Clutter.COMMENTS),
            c("^respond$", Clutter.COMMENTS), c("^reply", Clutter.COMMENTS), c("akismet", Clutter.COMMENTS),
            c("^kommentar", Clutter.COMMENTS), c("^discussion", Clutter.COMMENTS),
            // consent banners, modals, hidden helpers
            c("cookie", Clutter.TEMPLATE), c("consent", Clutter.TEMPLATE), c("gdpr", Clutter.TEMPLATE),
            c("^modal", Clutter.TEMPLATE), c("popup", Clutter.TEMPLATE), c("^overlay", Clutter.TEMPLATE),
            c("[hidden]", Clutter.TEMPLATE), c("[hide]", Clutter.TEMPLATE), c("[is-hidden]", Clutter.TEMPLATE), c("[d-none]", Clutter.TEMPLATE), c("sr-only", Clutter.TEMPLATE),
            c("visually-hidden", Clutter.TEMPLATE), c("visuallyhidden", Clutter.TEMPLATE),
            c("screen-reader", Clutter.TEMPLATE), c("^noprint", Clutter.TEMPLATE), c("^print-only", Clutter.TEMPLATE),
            c("skip-link", Clutter.NAVIGATION), c("skiplink", Clutter.NAVIGATION), c("^skip-to", Clutter.NAVIGATION),
            // subscriptions, paywalls
            c("newsletter", Clutter.SUBSCRIPTION), c("^subscri", Clutter.SUBSCRIPTION), c("^signup", Clutter.SUBSCRIPTION),
            c("paywall", Clutter.SUBSCRIPTION), c("^abo-", Clutter.SUBSCRIPTION), c("^abonn", Clutter.SUBSCRIPTION),
            // related stories, teasers, recommendations
            c("related", Clutter.RELATED), c("^recommend", Clutter.RELATED), c("popular", Clutter.RELATED),
            c("most-read", Clutter.RELATED), c("mostread", Clutter.RELATED), c("trending", Clutter.RELATED),
            c("^teaser", Clutter.TEASER), c("teaser$", Clutter.TEASER), c("^read-next", Clutter.RELATED),
            c("^next-", Clutter.RELATED), c("side-stories", Clutter.RELATED), c("^more-", Clutter.RELATED),
            c("sidebar", Clutter.RELATED), c("[widget", Clutter.RELATED), c("viral", Clutter.RELATED),
            // sharing and social widgets
            c("^shar", Clutter.SHARE), c("share", Clutter.SHARE), c("social", Clutter.SHARE), c("sociable", Clutter.SHARE),
            c("^addthis", Clutter.SHARE), c("^jp-", Clutter.SHARE), c("^dpsp-", Clutter.SHARE), c("^follow", Clutter.SHARE),
            c("^like$", Clutter.SHARE), c("^likes$", Clutter.SHARE), c("syndication", Clutter.SHARE),
            // advertising and sponsored content
            c("^ad$", Clutter.ADVERTISEMENT), c("^ads$", Clutter.ADVERTISEMENT), c("^ad-", Clutter.ADVERTISEMENT),
            c("-ad-", Clutter.ADVERTISEMENT), c("^advert", Clutter.ADVERTISEMENT), c("^adslot", Clutter.ADVERTISEMENT),
            c("adsbygoogle", Clutter.ADVERTISEMENT), c("^anzeige", Clutter.ADVERTISEMENT), c("^werbung", Clutter.ADVERTISEMENT),
            c("sponsor", Clutter.ADVERTISEMENT), c("^banner", Clutter.ADVERTISEMENT), c("outbrain", Clutter.ADVERTISEMENT),
            c("taboola", Clutter.ADVERTISEMENT), c("criteo", Clutter.ADVERTISEMENT), c("^dfp", Clutter.ADVERTISEMENT),
            // navigation
            c("^nav", Clutter.NAVIGATION), c("navigation", Clutter.NAVIGATION), c("menu", Clutter.NAVIGATION),
            c("breadcrumb", Clutter.NAVIGATION), c("bread-crumb", Clutter.NAVIGATION), c("^pagination", Clutter.NAVIGATION),
            c("^pager", Clutter.NAVIGATION), c("[tags]", Clutter.NAVIGATION), c("[tag]", Clutter.NAVIGATION), c("-tags]", Clutter.NAVIGATION), c("tag-list", Clutter.NAVIGATION),
            c("tagcloud", Clutter.NAVIGATION), c("^tags-", Clutter.NAVIGATION), c("^search", Clutter.NAVIGATION),
            c("^login", Clutter.NAVIGATION), c("^toolbar", Clutter.NAVIGATION), c("^button", Clutter.NAVIGATION),
            c("^btn", Clutter.NAVIGATION),
            // footers and legal
            c("footer", Clutter.FOOTER), c("copyright", Clutter.FOOTER), c("^imprint", Clutter.FOOTER),
            c("impressum", Clutter.FOOTER),
            // bylines, dates and article meta lines
            c("byline", Clutter.BYLINE), c("^author", Clutter.BYLINE), c("^autor", Clutter.BYLINE),
            c("^meta", Clutter.METADATA), c("-meta$", Clutter.METADATA), c("postmeta", Clutter.METADATA),
            c("entrymeta", Clutter.METADATA), c("postinfo", Clutter.METADATA), c("post-info", Clutter.METADATA),
            c("entry-info", Clutter.METADATA), c("timestamp", Clutter.METADATA),
            c("^dateline", Clutter.METADATA), c("^date$", Clutter.METADATA), c("^posted", Clutter.METADATA),
            c("user-info", Clutter.BYLINE), c("user-profile", Clutter.BYLINE), c("^rating", Clutter.METADATA),
            // captions and galleries
            c("caption", Clutter.CAPTION), c("^credit", Clutter.CAPTION), c("lightbox", Clutter.CAPTION));

    /** Rank of a likely article-body container: lower is stronger. */
    static final int RANK_BODY = 0, RANK_ARTICLE = 1, RANK_STORY = 2, RANK_MAIN = 3, RANK_NONE = 9;

    /** Containers of the article body, by class or id, strongest first. */
    static final CueMatcher<Integer> CONTAINER = CueMatcher.of(
            c("articlebody", RANK_BODY), c("article-body", RANK_BODY), c("article_body", RANK_BODY),
            c("article__body", RANK_BODY), c("article-text", RANK_BODY), c("articletext", RANK_BODY),
            c("article_text", RANK_BODY), c("article__text", RANK_BODY), c("article-content", RANK_BODY),
            c("articlecontent", RANK_BODY), c("article_content", RANK_BODY), c("article__content", RANK_BODY),
            c("entry-content", RANK_BODY), c("entry_content", RANK_BODY), c("entrycontent", RANK_BODY),
            c("post-content", RANK_BODY), c("post_content", RANK_BODY), c("postcontent", RANK_BODY),
            c("post-body", RANK_BODY), c("post_body", RANK_BODY), c("postbody", RANK_BODY),
            c("post-text", RANK_BODY), c("post_text", RANK_BODY), c("posttext", RANK_BODY),
            c("post-entry", RANK_BODY), c("postentry", RANK_BODY), c("story-body", RANK_BODY),
            c("storybody", RANK_BODY), c("story-content", RANK_BODY), c("storycontent", RANK_BODY),
            c("story-text", RANK_BODY), c("body-text", RANK_BODY), c("bodytext", RANK_BODY),
            c("text-content", RANK_BODY), c("art-content", RANK_BODY), c("artikeltext", RANK_BODY),
            c("artikel-text", RANK_BODY), c("artikelinhalt", RANK_BODY), c("field-body", RANK_BODY),
            c("fulltext", RANK_BODY), c("full-text", RANK_BODY), c("page-content", RANK_BODY),
            c("article__container", RANK_BODY), c("post-inner", RANK_BODY),
            c("[story]", RANK_STORY), c("[post]", RANK_STORY), c("[entry]", RANK_STORY), c("single-post", RANK_STORY),
            c("single-content", RANK_STORY), c("blog-content", RANK_STORY), c("blogpost", RANK_STORY),
            c("section-content", RANK_STORY), c("theme-content", RANK_STORY), c("main-column", RANK_STORY),
            c("postarea", RANK_STORY), c("[article]", RANK_STORY), c("[text]", RANK_STORY),
            c("content-main", RANK_MAIN), c("main-content", RANK_MAIN), c("maincontent", RANK_MAIN),
            c("content_main", RANK_MAIN), c("content-body", RANK_MAIN), c("contentbody", RANK_MAIN),
            c("content__body", RANK_MAIN), c("[content]", RANK_MAIN), c("[main]", RANK_MAIN));

    /** Readability-style class/id weights: likely content. */
    static final CueMatcher<Boolean> POSITIVE = CueMatcher.of(
            c("article", true), c("body", true), c("content", true), c("entry", true), c("hentry", true),
            c("h-entry", true), c("main", true), c("page", true), c("post", true), c("text", true),
            c("blog", true), c("story", true), c("artikel", true), c("inhalt", true));

    /** Readability-style class/id weights: likely not content. */
    static final CueMatcher<Boolean> NEGATIVE = CueMatcher.of(
            c("hidden", true), c("^hid$", true), c("banner", true), c("combx", true), c("comment", true),
            c("com-", true), c("contact", true), c("foot", true), c("footer", true), c("footnote", true),
            c("gdpr", true), c("masthead", true), c("media", true), c("meta", true), c("outbrain", true),
            c("promo", true), c("related", true), c("scroll", true), c("share", true), c("shoutbox", true),
            c("sidebar", true), c("skyscraper", true), c("sponsor", true), c("shopping", true), c("tags", true),
            c("tool", true), c("widget", true), c("teaser", true), c("nav", true), c("menu", true));
}
