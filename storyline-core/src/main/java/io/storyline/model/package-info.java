/**
 * Immutable records that every stage reads and writes: what came in ({@link io.storyline.model.Capture}),
 * what was made of it ({@link io.storyline.model.Article}) and how each input ended
 * ({@link io.storyline.model.Outcome}).
 *
 * <p>Offsets in this package are UTF-16 code-unit offsets (Java {@code String} indices), end
 * exclusive: into {@link io.storyline.model.Article#text()} for annotations, into the decoded
 * capture for {@link io.storyline.model.Segment#sourceStart()}.
 */
package io.storyline.model;
