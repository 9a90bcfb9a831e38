/**
 * Publication and update dates: from HTML in layers of trust (JSON-LD, OpenGraph and meta,
 * {@code <time>}, URL patterns, visible text) and from dates printed in text in the many forms
 * sites use, with time zones and day/month order resolved from context.
 *
 * <p>Contract: {@link io.storyline.extract.date.DateExtractor} keeps the original publication
 * date and the update date apart, never believes a date outside its options' bounds, records
 * what each value rests on in {@link io.storyline.model.DateValue#evidence()}, and marks
 * guesses (an update date or a stray printed date standing in for the publication date) as
 * inferred. {@link io.storyline.extract.date.PrintedDates} reads short texts: values keep the
 * zone offset when a time and zone are printed (minute precision), else day precision; roles
 * come from labels. Both are stateless, thread-safe, lenient with bad data and iterative over
 * the DOM.
 */
package io.storyline.extract.date;
