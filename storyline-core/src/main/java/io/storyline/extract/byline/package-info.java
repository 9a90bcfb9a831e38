/**
 * Bylines and credits: author names cleaned of "By", e-mail addresses and "Staff"; wire agencies
 * ("By Reuters", "Reuters | Seoul", "(Yonhap)"); datelines ("SEOUL -").
 */
package io.storyline.extract.byline;
