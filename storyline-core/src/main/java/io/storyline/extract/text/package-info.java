/**
 * Text captures: what a scraper saved of a page's visible text. Every line or block is classified
 * (body, title, standfirst, byline, dateline, caption, navigation, share, teaser, related,
 * subscription, comments, footer, advertisement, template); the body is kept, metadata taken,
 * the rest reported as removed with its class.
 */
package io.storyline.extract.text;
