/**
 * Renderings of an analysis: the contract's JSON ({@code ../shared/CONTRACT.md}, version 1),
 * Markdown and a self-contained HTML page. Everything taken from a capture is escaped.
 */
package io.storyline.export;
