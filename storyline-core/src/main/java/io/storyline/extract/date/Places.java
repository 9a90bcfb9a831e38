package io.storyline.extract.date;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Tells, for an element of one page, how strongly it sits in a comment, sidebar, footer, teaser
 * list or embedded post rather than in the article: the strongest such container on its way up
 * ({@link DateMarkup#HERE}, {@link DateMarkup#WEAK}, {@link DateMarkup#STRONG}). Containers of
 * the headline count as the article's, so a page-wide wrapper named "content-with-sidebar" does
 * not hide the article's own date. Answers are memoised per element; one instance serves one
 * page on one thread. Also tells whether an element sits in one whose class or id names a date.
 */
final class Places {
    private final Set<Element> headlineAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    private final IdentityHashMap<Element, Integer> cache = new IdentityHashMap<>();
    private final IdentityHashMap<Element, Boolean> hinted = new IdentityHashMap<>();

    Places(Element headline) {
        for (Element a = headline; a != null; a = a.parent()) headlineAncestors.add(a);
    }

    int of(Element e) {
        List<Element> path = new ArrayList<>();
        int above = DateMarkup.HERE;
        for (Element a = e; a != null; a = a.parent()) {
            Integer known = cache.get(a);
            if (known != null) {
                above = known;
                break;
            }
            if (headlineAncestors.contains(a)) break;
            path.add(a);
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            Element a = path.get(i);
            above = Math.max(above, ownLevel(a));
            cache.put(a, above);
        }
        return above;
    }

    /** True when the element or one of its ancestors has a class or id that names a date or byline. */
    boolean hinted(Element e) {
        List<Element> path = new ArrayList<>();
        boolean above = false;
        for (Element a = e; a != null; a = a.parent()) {
            Boolean known = hinted.get(a);
            if (known != null) {
                above = known;
                break;
            }
            path.add(a);
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            Element a = path.get(i);
            above = above || isHint(a);
            hinted.put(a, above);
        }
        return above;
    }

    private static boolean isHint(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return false;
        String s = id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id;
        return DateMarkup.isDateHint(s.toLowerCase(java.util.Locale.ROOT));
    }

    private static int ownLevel(Element a) {
        String tag = a.normalName();
        if (DateMarkup.ELSEWHERE_TAGS_STRONG.contains(tag)) return DateMarkup.STRONG;
        int level = DateMarkup.ELSEWHERE_TAGS_WEAK.contains(tag) ? DateMarkup.WEAK : DateMarkup.HERE;
        if (tag.equals("body") || tag.equals("html")) return level;
        return Math.max(level, DateMarkup.elsewhere(a.className(), a.id()));
    }
}
