/**
 * Bylines and credits: author names cleaned of "By", e-mail addresses and "Staff"; wire agencies
 * ("By Reuters", "Reuters | Seoul", "(Yonhap)"); datelines ("SEOUL -").
 *
 * <p>Contract: {@link io.storyline.extract.byline.Authors#clean} returns person names only
 * (agencies, desks, roles, outlets, dates and handles dropped), all-capital names in proper
 * case, mixed case as printed; it is stateless and never throws on odd input.
 */
package io.storyline.extract.byline;
