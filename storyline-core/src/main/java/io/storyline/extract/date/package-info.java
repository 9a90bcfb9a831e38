/**
 * Publication and update dates: from HTML in layers of trust (JSON-LD, OpenGraph and meta,
 * {@code <time>}, URL patterns, visible text) and from dates printed in text in the many forms
 * sites use, with time zones and day/month order resolved from context.
 */
package io.storyline.extract.date;
