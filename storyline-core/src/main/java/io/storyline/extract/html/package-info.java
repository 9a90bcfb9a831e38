/**
 * Main text of an HTML page: a cascade that scores the DOM first and falls back when the result
 * is too short or suspicious. Output is a list of body blocks with their source ranges and a
 * list of removed blocks with their reasons.
 */
package io.storyline.extract.html;
