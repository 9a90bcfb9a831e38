/**
 * Named entities: finding them in an article and resolving them across articles.
 *
 * <p>{@link io.storyline.annotate.entity.EntityRecognizer#recognize} returns an article's
 * {@link io.storyline.model.Mention}s of type PERSON, ORG, COUNTRY, LOC and TITLE, in text order,
 * with offsets into the article's text: a linear-chain tagger ({@link io.storyline.annotate.entity.NerModel},
 * trained by {@link io.storyline.annotate.entity.NerTrainer} on openly licensed data; bundled as a
 * resource with its NOTICE) corrected by news rules and the lists of a
 * {@link io.storyline.annotate.entity.Gazetteer} (countries with their other names, demonyms and
 * capitals; places; organisations; given and family names; and the towns and regions of the world
 * that {@link io.storyline.annotate.entity.GeocoderPlaces} reads from libphonenumber's geocoder data).
 * Names inside hyphenated words, which the tokenizer keeps whole ("Beijing-based", "the Trump-Kim
 * summit"), come from {@code CompoundNames}: their mentions may begin or end inside a token.
 *
 * <p>{@link io.storyline.annotate.entity.EntityResolver#add} resolves an article's mentions to
 * {@link io.storyline.model.Entity} ids against an explicit corpus state,
 * {@link io.storyline.annotate.entity.EntityIndex}, which it extends; the index gives immutable
 * snapshots and can be restored from them, so a store can persist it. No hidden state: the
 * recognizer and resolver are final and thread-safe; the index has one writer at a time. Nothing
 * here throws on any text; misuse (an analysis of another text, null arguments) does.
 */
package io.storyline.annotate.entity;
