/**
 * Language identification of article text (ISO 639-1 codes), without models downloaded at run
 * time: the writing system first, then function words and distinctive letters for the
 * Latin-script languages ({@code en de fr es it pt nl pl sv da no fi cs sk tr ro hu hr id ca}).
 * Returns null rather than guess on short or mixed text.
 */
package io.storyline.extract.lang;
