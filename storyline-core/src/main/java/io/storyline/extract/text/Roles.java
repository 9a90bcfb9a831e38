package io.storyline.extract.text;

import io.storyline.extract.byline.WireAgencies;
import io.storyline.model.Clutter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives every unit its role once the main run is known: inside the run, prose is body and
 * headline-like lines between paragraphs are headings; before it, the title, standfirst, bylines,
 * date lines and captions; after it, teasers, related links and footers. Also picks the title.
 */
final class Roles {
    /** Titles are at least this many words and at most this many. */
    static final int TITLE_MIN_WORDS = 3;
    static final int TITLE_MAX_WORDS = 30;
    /** A headline-like line this long after an article is another story's headline. */
    static final int TEASER_MIN_WORDS = 4;

    /** Photo descriptions: "(L)", "(second from left)", "pictured", "In this photo". */
    private static final Pattern CAPTION_CUES = Pattern.compile(
            "(?i)(\\((l|r|c|left|right|centre|center|front|back|second from (left|right)|from left|from right|"
                    + "top|bottom|inset)\\)|\\bpictured\\b|^(in )?this (file )?(photo|picture|image)\\b|"
                    + "^(a|the) (file )?(photo|picture|image) (shows|taken)\\b)");

    private Roles() {
    }

    /** Assigns roles and returns the index of the title unit, or -1. */
    static int assign(List<Unit> units, BodyRun run) {
        if (run.empty()) {
            footer(units, -1); // no article: every unit is furniture or a teaser
            return -1;
        }
        int title = title(units, run);
        header(units, run, title);
        body(units, run);
        authorNote(units, run);
        footer(units, run.end() + 1);
        return title;
    }

    /**
     * The title: a headline-like line before the body that no rule claimed. Lines near the body
     * (at most {@link #TITLE_NEAR} unclaimed lines between them and it) are preferred over site
     * slogans and menus further up; among them one printed twice wins, then one of at least five
     * words, then the first. Without a near line, the nearest one.
     */
    static int title(List<Unit> units, BodyRun run) {
        int limit = run.empty() ? units.size() : run.start();
        boolean[] repeated = new boolean[units.size()];
        for (Unit u : units) if (u.echoOf >= 0 && u.echoOf < repeated.length) repeated[u.echoOf] = true;
        // unclaimed lines between each unit and the body, counted backwards from the body
        int[] gap = new int[limit];
        int open = 0;
        for (int i = limit - 1; i >= 0; i--) {
            gap[i] = open;
            Unit u = units.get(i);
            if (u.local == null && u.echoOf < 0 && u.shape != Unit.Shape.FRAGMENT) open++;
        }
        int best = -1, bestScore = Integer.MIN_VALUE;
        boolean inList = false;
        for (int i = 0; i < limit; i++) {
            Unit u = units.get(i);
            if (u.boundary) {
                inList = true; // headlines listed under a section header are teasers
                continue;
            }
            if (u.local != null || u.shape == Unit.Shape.PROSE) inList = false;
            if (inList || !titleShaped(u)) continue;
            int score = gap[i] <= TITLE_NEAR ? 100 + (u.words >= 5 ? 2 : 0) + (repeated[i] ? 3 : 0) : -gap[i];
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** Unclaimed lines that may stand between a title and the body (a subtitle, a kicker, a credit). */
    static final int TITLE_NEAR = 3;

    /** Marks that a line is a menu, breadcrumb or address rather than a headline. */
    private static final Pattern NOT_A_HEADLINE = Pattern.compile(
            "(https?://|www\\.|\\[[^\\]]*]|\\s[/»›>]\\s|:$|^[«<←→»>]|\\|.*\\|)");

    private static boolean titleShaped(Unit u) {
        if (u.local != null || u.echoOf >= 0 || u.truncated || u.bulleted) return false;
        if (u.words < TITLE_MIN_WORDS || u.words > TITLE_MAX_WORDS) return false;
        if (NOT_A_HEADLINE.matcher(u.text).find() || menuOfNames(u.text)) return false;
        if (u.shape == Unit.Shape.LINE) return true;
        // a headline may end with a question or exclamation mark, rarely with a full stop
        return u.shape == Unit.Shape.SHORT_PROSE && !u.text.endsWith(".");
    }

    /** Six or more capitalised words and nothing else: a menu run together ("Home News Sport Politics …"). */
    private static boolean menuOfNames(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 6) return false;
        for (String w : words) {
            if (w.isEmpty()) continue;
            char c = w.charAt(0);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) return false;
            if (w.endsWith(",") || w.endsWith(":") || w.endsWith(".")) return false;
        }
        return true;
    }

    private static void header(List<Unit> units, BodyRun run, int title) {
        int limit = run.empty() ? units.size() : run.start();
        boolean afterTitle = false;
        boolean standfirstTaken = false;
        boolean inList = false;
        for (int i = 0; i < limit; i++) {
            Unit u = units.get(i);
            if (i == title) {
                u.remove(Clutter.TITLE);
                afterTitle = true;
                inList = false;
                continue;
            }
            if (u.boundary) inList = true;
            else if (u.local != null || u.shape == Unit.Shape.PROSE && !u.truncated) inList = false;
            if (u.local != null) {
                u.remove(u.local);
                continue;
            }
            boolean repeatsTitle = title >= 0 && (u.echoOf == title || Shapes.key(u.text).equals(Shapes.key(units.get(title).text)));
            if (repeatsTitle) {
                u.remove(Clutter.TITLE);
                continue;
            }
            if (inList || u.truncated) {
                u.remove(Clutter.TEASER);
                continue;
            }
            if (u.shape == Unit.Shape.PROSE || u.shape == Unit.Shape.SHORT_PROSE && u.words >= 6) {
                if (captionLike(u, units)) {
                    u.remove(Clutter.CAPTION);
                } else if (afterTitle || title < 0) {
                    u.remove(Clutter.STANDFIRST);
                    standfirstTaken = true;
                } else {
                    u.remove(Clutter.TEASER);
                }
                continue;
            }
            if (afterTitle && !standfirstTaken && u.words >= TEASER_MIN_WORDS && u.shape != Unit.Shape.FRAGMENT) {
                u.remove(Clutter.STANDFIRST); // a subtitle
                standfirstTaken = true;
                continue;
            }
            u.remove(Clutter.NAVIGATION);
        }
    }

    /** Prose before the body that describes a picture: printed twice, credited, or with photo cues. */
    private static boolean captionLike(Unit u, List<Unit> units) {
        if (u.echoOf >= 0 && Shapes.key(u.text).equals(Shapes.key(units.get(u.echoOf).text))) return true;
        for (int k = u.index + 1; k < Math.min(units.size(), u.index + 4); k++) {
            Unit o = units.get(k);
            if (o.echoOf == u.index && Shapes.key(o.text).equals(Shapes.key(u.text))) return true;
        }
        return WireAgencies.trailing(u.text) != null || CAPTION_CUES.matcher(u.text).find();
    }

    /** Closing units of the body that may be an author's note rather than article text. */
    static final int BIO_TAIL = 2;
    static final int BIO_MAX_WORDS = 70;

    /** An author's note at the end of the body ("Jane Roe is a correspondent covering…") is a byline. */
    private static void authorNote(List<Unit> units, BodyRun run) {
        int seen = 0;
        for (int i = run.end(); i >= run.start() && seen < BIO_TAIL; i--) {
            Unit u = units.get(i);
            if (u.role != Unit.Role.BODY) continue;
            seen++;
            if (u.words <= BIO_MAX_WORDS && Vocabulary.AUTHOR_BIO.matcher(u.text).find()
                    && Vocabulary.BIO_WORDS.matcher(u.text).find()) {
                u.remove(Clutter.BYLINE);
            } else {
                return;
            }
        }
    }

    private static void body(List<Unit> units, BodyRun run) {
        for (int i = run.start(); i <= run.end(); i++) {
            Unit u = units.get(i);
            if (u.local != null) {
                u.remove(u.local);
                continue;
            }
            if (u.echoOf >= 0) {
                u.remove(Clutter.DUPLICATE);
                // the attribution line under a pull quote ("Jane Roe, minister of ...")
                if (i + 1 <= run.end()) {
                    Unit next = units.get(i + 1);
                    if (next.local == null && next.echoOf < 0 && next.shape == Unit.Shape.LINE && next.words <= 20) {
                        next.remove(Clutter.DUPLICATE);
                        i++;
                    }
                }
                continue;
            }
            if (u.truncated) {
                u.remove(Clutter.TEASER);
                continue;
            }
            switch (u.shape) {
                case PROSE, SHORT_PROSE -> u.role = u.bulleted ? Unit.Role.ITEM : Unit.Role.BODY;
                case LINE -> lineInBody(units, run, i);
                case FRAGMENT -> u.remove(Clutter.NAVIGATION);
            }
        }
    }

    /** A headline-like line inside the body: a list item, a heading, or a list of links. */
    private static void lineInBody(List<Unit> units, BodyRun run, int i) {
        Unit u = units.get(i);
        if (u.bulleted) {
            u.role = Unit.Role.ITEM;
            return;
        }
        boolean prevLine = i > run.start() && plainLine(units.get(i - 1));
        boolean nextLine = i < run.end() && plainLine(units.get(i + 1));
        if ((prevLine || nextLine) && u.words >= TEASER_MIN_WORDS) {
            u.remove(Clutter.RELATED); // several headlines in a row: a box of links
            return;
        }
        boolean nextProse = i < run.end() && units.get(i + 1).local == null && units.get(i + 1).echoOf < 0
                && units.get(i + 1).prose();
        if (nextProse) u.role = Unit.Role.HEADING;
        else u.remove(Clutter.NAVIGATION);
    }

    private static boolean plainLine(Unit u) {
        return u.local == null && u.echoOf < 0 && u.shape == Unit.Shape.LINE && !u.bulleted
                && u.words >= TEASER_MIN_WORDS;
    }

    /** Units from {@code from} on (all units when negative): after the article, or no article. */
    private static void footer(List<Unit> units, int from) {
        if (from < 0) from = 0;
        boolean inComments = false;
        Clutter list = Clutter.TEASER; // what listed headlines are: teasers, or related links under a related header
        for (int i = from; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.boundary) {
                inComments = u.local == Clutter.COMMENTS;
                list = u.local == Clutter.RELATED ? Clutter.RELATED : Clutter.TEASER;
            } else if (u.local != null && u.local != Clutter.COMMENTS) {
                inComments = false;
            }
            if (u.local != null) {
                u.remove(u.local);
                continue;
            }
            if (inComments) {
                u.remove(Clutter.COMMENTS); // readers' comments under the comment form
                continue;
            }
            if (u.echoOf >= 0) {
                u.remove(Clutter.DUPLICATE);
                continue;
            }
            if (u.shape == Unit.Shape.PROSE || u.shape == Unit.Shape.SHORT_PROSE || u.truncated
                    || u.shape == Unit.Shape.LINE && u.words >= TEASER_MIN_WORDS) {
                u.remove(list);
                continue;
            }
            u.remove(nearFooter(units, i) ? Clutter.FOOTER : Clutter.NAVIGATION);
        }
    }

    /** Whether a short line sits among footer lines (a site name above its contact lines). */
    private static boolean nearFooter(List<Unit> units, int i) {
        for (int k = i + 1; k < Math.min(units.size(), i + 3); k++) {
            if (units.get(k).local == Clutter.FOOTER) return true;
        }
        return false;
    }
}
