package io.storyline.extract.text;

import io.storyline.model.Clutter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and phrases of page furniture, as named tables. Short lines made only of these
 * words are furniture; longer lines are judged by the phrase patterns. Everything here is
 * general UI and publishing vocabulary, not the wording of any one site.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    /** A word table; repeated entries are harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Words of menus, section headers and reading controls ("Left Menu", "go top", "Top 10 Stories"). */
    static final Set<String> NAVIGATION_WORDS = words(
            "home", "homepage", "menu", "left", "right", "main", "search", "skip", "content", "contents", "top",
            "go", "back", "next", "previous", "prev", "close", "settings", "font", "size", "font-size", "text",
            "more", "load", "show", "view", "all", "see", "latest", "news", "trending", "videos", "video", "photos",
            "photo", "gallery", "galleries", "sectors", "sector", "editions", "edition", "other", "links", "link",
            "products", "connect", "most", "read", "viewed", "popular", "editor's", "editors", "picks", "pick",
            "opinion", "opinions", "blog", "blogs", "interview", "interviews", "sections", "section", "categories",
            "category", "tags", "tag", "topics", "topic", "world", "politics", "business", "economy", "sport",
            "sports", "culture", "lifestyle", "entertainment", "tech", "technology", "science", "health", "local",
            "national", "international", "asia", "europe", "africa", "americas", "markets", "weather", "live",
            "podcasts", "podcast", "e-paper", "epaper", "archive", "archives", "stories", "story", "letter",
            "letters", "page", "pages", "of", "and", "the", "you", "are", "here", "feedback", "give", "mobile",
            "app", "apps", "download", "language", "english", "navigation", "nav", "toggle", "open", "expand",
            "collapse", "hide", "reset", "default", "larger", "smaller", "increase", "decrease", "forward", "up",
            "down", "listen", "audio", "features", "feature", "in", "focus", "special", "reports", "analysis",
            "explainers", "multimedia", "infographics", "graphics", "quiz", "games", "puzzles", "crossword",
            "obituaries", "jobs", "classifieds", "travel", "food", "style", "arts", "books", "film", "media",
            "education", "environment", "climate", "region", "regions", "diplomacy", "defence", "defense", "security",
            "global", "nation", "society", "life", "columns", "column", "columnists", "editorials", "editorial",
            "features", "magazine", "weekend", "today", "now", "breaking", "just", "in", "for", "a", "print",
            "sign", "log", "login", "logout", "register", "my", "account", "profile", "bookmarks", "saved", "x",
            "notifications", "alerts", "dark", "mode", "light", "theme", "edition", "select", "choose", "int'l",
            // German, French, Spanish, Portuguese, Italian and Polish menus
            "startseite", "suche", "menü", "übersicht", "zurück", "weiter", "nach", "oben", "mehr", "alle",
            "themen", "ressorts", "politik", "wirtschaft", "kultur", "meinung", "panorama", "wissen", "reise",
            "bilder", "fotos", "artikel", "aktuell", "neueste", "meistgelesen", "schließen", "seite", "springen", "direkt",
            "nachrichten", "regional", "lokales", "zum", "seitenanfang", "inhalt", "navigation", "accueil",
            "rechercher", "retour", "suite", "plus", "actualités", "politique", "économie", "fermer",
            "rubriques", "à", "la", "une", "inicio", "buscar", "menú", "volver", "más", "noticias", "política",
            "economía", "deportes", "cultura", "vídeos", "cerrar", "portada", "início", "notícias", "esportes",
            "fechar", "cerca", "notizie", "chiudi", "altro", "szukaj", "więcej", "wróć", "strona", "główna",
            "wiadomości", "polityka", "kraj", "świat", "zamknij");

    /** Words of share bars ("Facebook share button", "Copy link"). */
    static final Set<String> SHARE_WORDS = words(
            "share", "shares", "shared", "sharing", "tweet", "twitter", "facebook", "whatsapp", "linkedin", "telegram",
            "reddit", "pinterest", "email", "e-mail", "mail", "print", "copy", "copied", "link", "url", "kakao",
            "kakaotalk", "kakaostory", "band", "line", "wechat", "weibo", "button", "buttons", "this", "article",
            "story", "on", "via", "bluesky", "threads", "messenger", "save", "bookmark", "follow", "us",
            "instagram", "youtube", "tiktok", "flipboard", "pocket", "sms", "x", "icon", "page", "it", "with",
            "friends", "a", "friend", "send", "to", "clipboard", "naver", "vk", "tumblr", "mastodon",
            // other languages
            "teilen", "drucken", "merken", "versenden", "partager", "imprimer", "compartir", "imprimir",
            "udostępnij", "condividi", "compartilhar", "artikel", "diesen", "beitrag", "auf", "en", "sur",
            "na");
    static final Set<String> SHARE_SIGNS = words(
            "share", "shares", "sharing", "tweet", "twitter", "facebook", "whatsapp", "linkedin", "telegram", "reddit",
            "pinterest", "kakao", "kakaotalk", "wechat", "weibo", "bluesky", "flipboard", "instagram", "youtube",
            "tiktok", "clipboard", "copy", "print", "email", "e-mail", "mail", "naver", "tumblr", "mastodon",
            // other languages
            "teilen", "drucken", "partager", "imprimer", "compartir", "imprimir", "udostępnij", "condividi",
            "compartilhar");

    /** Words of subscription and sign-up prompts ("Subscribe to our Newsletter"). */
    static final Set<String> SUBSCRIPTION_WORDS = words(
            "subscribe", "subscribed", "subscription", "subscriptions", "subscriber", "subscribers", "newsletter",
            "newsletters", "sign", "up", "signup", "sign-up", "register", "registration", "log", "login", "in",
            "inbox", "free", "trial", "premium", "plus", "our", "to", "the", "get", "daily", "weekly", "briefing",
            "briefings", "alerts", "alert", "join", "now", "today", "unlimited", "access", "digital", "offer",
            "your", "email", "e-mail", "enter", "address", "for", "and", "receive", "best", "of", "delivered",
            "straight", "account", "create", "member", "members", "membership", "support", "donate", "become",
            "already", "a", "have", "an", "here", "click", "morning", "evening", "edition", "newsletter's", "me",
            "by", "submitting", "agree", "updates", "latest", "news", "stories", "headlines", "top", "every",
            "day", "week", "more",
            // other languages
            "abonnieren", "abonnement", "anmelden", "registrieren", "jetzt", "kostenlos", "s'abonner",
            "abonnez-vous", "suscríbete", "suscribirse", "suscripción", "subskrypcja", "zapisz", "się",
            "prenumerata", "newsletteranmeldung");
    static final Set<String> SUBSCRIPTION_SIGNS = words(
            "subscribe", "subscribed", "subscription", "subscriptions", "subscriber", "subscribers", "newsletter",
            "newsletters", "signup", "sign-up", "register", "registration", "inbox", "membership", "donate", "premium",
            // other languages
            "abonnieren", "abonnement", "abonnez-vous", "s'abonner", "suscríbete", "suscribirse",
            "suscripción", "subskrypcja", "prenumerata", "newsletteranmeldung");

    /** Words of comment sections and their forms ("Leave a comment", "Name *", "Post Comment"). */
    static final Set<String> COMMENT_WORDS = words(
            "comment", "comments", "commenting", "reply", "replies", "post", "posted", "submit", "name", "email",
            "e-mail", "website", "required", "characters", "remaining", "leave", "a", "add", "your", "be", "the",
            "first", "to", "view", "discussion", "join", "conversation", "report", "abuse", "flag", "login", "log",
            "in", "cancel", "show", "hide", "load", "more", "write", "sort", "by", "newest", "oldest", "best", "top",
            "rated", "policy", "guidelines", "moderated", "reactions", "reaction", "like", "likes", "upvote",
            "downvote", "nickname", "password", "field", "fields", "marked", "are", "will", "not", "published",
            "address", "message", "opinion", "thoughts", "share", "what", "you", "think", "on", "this", "article",
            // other languages
            "kommentare", "kommentar", "kommentieren", "antworten", "commentaires", "commenter", "répondre",
            "comentarios", "comentar", "responder", "komentarze", "komentarz", "commenti");
    static final Set<String> COMMENT_SIGNS = words(
            "comment", "comments", "commenting", "reply", "replies", "discussion", "conversation", "reactions",
            "nickname", "upvote", "downvote",
            // other languages
            "kommentare", "kommentar", "kommentieren", "commentaires", "commenter", "comentarios", "comentar",
            "komentarze", "komentarz", "commenti");

    /** Words of footers: legal, corporate and contact links ("Terms of use", "Privacy Policy"). */
    static final Set<String> FOOTER_WORDS = words(
            "copyright", "rights", "reserved", "all", "privacy", "policy", "terms", "of", "use", "service",
            "services", "conditions", "and", "cookie", "cookies", "settings", "preferences", "disclaimer", "contact",
            "us", "about", "advertise", "with", "advertising", "careers", "jobs", "sitemap", "site", "map",
            "accessibility", "faq", "faqs", "help", "ethics", "code", "conduct", "corrections", "masthead", "rss",
            "imprint", "impressum", "legal", "notice", "notices", "grievance", "redressal", "officer", "policies",
            "editorial", "standards", "our", "team", "company", "who", "we", "are", "partners", "syndication",
            "licensing", "permissions", "reprints", "support", "customer", "care", "manage", "consent", "do", "not",
            "sell", "share", "my", "personal", "information", "data", "protection", "gdpr", "t&c", "powered", "by",
            "inc", "ltd", "llc", "group", "corporation", "network", "the", "feedback", "subscriptions",
            "work", "newsroom", "staff", "directory", "store", "shop", "e-paper", "archive", "tips", "send",
            // other languages
            "impressum", "datenschutz", "datenschutzerklärung", "kontakt", "agb", "nutzungsbedingungen",
            "mediadaten", "barrierefreiheit", "mentions", "légales", "confidentialité", "aviso", "privacidad",
            "contacto", "términos", "polityka", "prywatności", "regulamin", "cookies-einstellungen",
            "rechtliches", "hinweise");
    static final Set<String> FOOTER_SIGNS = words(
            "copyright", "privacy", "terms", "cookie", "cookies", "disclaimer", "contact", "about", "advertise",
            "careers", "sitemap", "accessibility", "imprint", "impressum", "legal", "grievance", "masthead", "rss",
            "syndication", "reprints", "licensing", "permissions", "gdpr", "ethics", "corrections",
            // other languages
            "impressum", "datenschutz", "datenschutzerklärung", "kontakt", "agb", "nutzungsbedingungen",
            "mediadaten", "mentions", "confidentialité", "privacidad", "contacto", "prywatności", "regulamin");

    /** Words of advertisement slots ("Advertisement", "Story continues below advertisement"). */
    static final Set<String> AD_WORDS = words(
            "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "promoted", "partner",
            "content", "story", "article", "continues", "below", "after", "scroll", "to", "continue", "with",
            "reading", "paid", "post", "by", "presented", "brought", "you", "supported", "featured", "adchoices",
            "this", "the", "feedback", "report", "remove", "hide",
            // other languages
            "anzeige", "werbung", "publicité", "publicidad", "reklama", "pubblicità");
    static final Set<String> AD_SIGNS = words(
            "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "promoted", "adchoices",
            // other languages
            "anzeige", "werbung", "publicité", "publicidad", "reklama", "pubblicità");

    /** For each furniture class, its words and the words that sign it (one sign decides the class). */
    static final Map<Clutter, Set<String>> WORDS = new EnumMap<>(Map.of(
            Clutter.NAVIGATION, NAVIGATION_WORDS, Clutter.SHARE, SHARE_WORDS, Clutter.SUBSCRIPTION,
            SUBSCRIPTION_WORDS, Clutter.COMMENTS, COMMENT_WORDS, Clutter.FOOTER, FOOTER_WORDS,
            Clutter.ADVERTISEMENT, AD_WORDS));
    static final Map<Clutter, Set<String>> SIGNS = new EnumMap<>(Map.of(
            Clutter.SHARE, SHARE_SIGNS, Clutter.SUBSCRIPTION, SUBSCRIPTION_SIGNS, Clutter.COMMENTS, COMMENT_SIGNS,
            Clutter.FOOTER, FOOTER_SIGNS, Clutter.ADVERTISEMENT, AD_SIGNS));

    /**
     * Section headers after which a page lists other content: the article is over when one
     * appears after its body ("TRENDING", "Latest News", "Top 10 Stories", "Related stories").
     * Compared on {@link Shapes#key}.
     */
    static final Set<String> SECTION_HEADERS = words(
            "trending", "trendingnow", "trendingstories", "trendingnews", "latestnews", "latest", "latestvideos",
            "latestvideo", "latestheadlines", "latestarticles", "latestinnews", "mostread", "mostpopular",
            "mostviewed", "mostshared", "mostcommented", "popular", "popularnow", "popularstories", "topstories",
            "top10stories", "top10", "topnews", "topheadlines", "editorspicks", "editorspick", "recommended",
            "recommendedforyou", "recommendedstories", "youmayalsolike", "youmightalsolike", "youmaybeinterestedin",
            "morestories", "morenews", "morefromthesection", "moreonthisstory", "moreonthis", "relatedstories",
            "relatedarticles", "relatednews", "related", "relatedcoverage", "relatedcontent", "relatedtopics",
            "alsoread", "readmore", "readalso", "videos", "watch", "opinionbloginterview", "incaseyoumissedit",
            "dontmiss", "mustread", "fromaroundtheweb", "aroundtheweb", "promotedstories", "sponsoredstories",
            "moretopstories", "nextarticle", "previousarticle", "whattoreadnext", "readnext", "upnext",
            "otherlinks", "otherproducts", "sectors", "editions", "connect", "followus", "featuredstories",
            "featured", "highlights", "toppicks", "morefromauthor", "morefromthisauthor", "moreheadlines",
            "latestupdates", "newsinbrief", "inbrief", "photogallery", "photos", "multimedia", "specialreports",
            "hotissues", "hotissue", "mostpopularstories", "todayspicks", "todaysheadlines", "comments",
            "leaveacomment", "leaveareply", "topicsinthisarticle", "tags", "topics", "references",
            // other languages (same key form)
            "mehrzumthema", "dasköntesieauchinteressieren", "daskönntesieauchinteressieren", "auchinteressant",
            "meistgelesen", "meistgelesene", "ähnlicheartikel", "weitereartikel", "lesensieauch",
            "verwandteartikel", "weiterethemen", "schlagworte", "amlesen", "topthemen", "lireaussi",
            "àlireaussi", "surlemêmesujet", "leplusluz", "lepluslus", "leertambién", "leatambién",
            "vertambién", "veatambién", "tambiénteinteresa", "relacionadas", "noticiasrelacionadas",
            "másnoticias", "lomásleído", "otrasnoticias", "leiatambém", "vejatambém", "maislidas", "czytajteż",
            "czytajtakże", "zobaczteż", "zobacztakże", "polecamy", "najczęściejczytane", "najpopularniejsze",
            "leggianche", "piùletti");

    /** Section headers by pattern: "More from Region", "Latest in Politics", "Also in this section". */
    static final Pattern SECTION_HEADER_PHRASE = Pattern.compile(
            "(?i)(more|latest|also|other stories|more stories|top stories|most read) (from|in|on|about) [\\p{L}\\p{N}' &-]{1,30}");
    /** Comment lines that open a comment section ("2 Comments", "Leave a comment"). */
    static final Pattern COMMENT_SECTION = Pattern.compile(
            "(?i)^(\\d+ comments?\\b|comments? \\(\\d+\\)|leave a (comment|reply)|post a comment|add a comment|"
                    + "join the (discussion|conversation)|be the first to comment)");
    /** Tag and topic lists: "Topics: Kaldor, Meravia", "Filed under: …". */
    static final Pattern TAGS = Pattern.compile(
            "(?i)^(tags|tagged|topics|topic|filed under|categories|category|keywords|more on|sections?)\\s*:");

    /** Lines that introduce a related link: "READ MORE: …", "ALSO READ: …", "Related: …". */
    static final Pattern RELATED_LINK = Pattern.compile(
            "^(?i:read more|also read|read also|also see|see also|related|related stories|related articles|"
                    + "related coverage|related news|related story|related article|more|more on this|more from [\\p{L} ]{1,30}|"
                    + "read|watch|listen|recommended|further reading|don't miss|dont miss|must read|trending|explore|"
                    + "suggested|in pictures|in photos|video|photos|latest|next|previous|click here|read here|"
                    + "read the full story|full story|read full story|"
                    // other languages
                    + "lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|siehe auch|weiterlesen|"
                    + "lire aussi|à lire aussi|a lire aussi|voir aussi|lee también|lea también|vea también|ver también|"
                    + "leia também|veja também|leia mais|czytaj też|czytaj także|czytaj więcej|zobacz też|zobacz także|"
                    + "leggi anche)"
                    + "\\s*(?::|\\||»|›|>|-|–|—)\\s*\\S");

    /** Sign-up and paywall prompts in longer lines. */
    static final Pattern SUBSCRIPTION_PHRASE = Pattern.compile(
            "(?i)\\b(subscribe|sign up|signup|newsletters?|already a subscriber|subscribers? only|"
                    + "log ?in to (continue|read)|create (a free|an) account|unlimited access|free trial|"
                    + "to continue reading|support (our|independent) journalism|become a (member|subscriber)|"
                    + "in your inbox|delivered to your inbox|register (now|for free|to))\\b");
    /** Second person or imperative address that marks a prompt rather than news prose. */
    static final Pattern ADDRESSES_READER = Pattern.compile(
            "(?i)(\\b(you|your|yours|our|us)\\b|^(sign|get|subscribe|join|register|enter|click|tap|read|try|support|become)\\b)");

    /** Comment sections and comment forms. */
    static final Pattern COMMENT_PHRASE = Pattern.compile(
            "(?i)^(leave a (comment|reply)|post (a |your )?comment|add (a |your )?comment|\\d+ comments?\\b|"
                    + "comments? \\(\\d+\\)|be the first to comment|join the (discussion|conversation)|"
                    + "(your )?(name|e-?mail|website|comment|nickname|password)\\s*[*:]?\\s*(\\(required\\))?\\s*[*:]?$|"
                    + "submit( comment)?$|cancel reply|comment policy|comments are (closed|moderated)|"
                    + "all comments are|you must be (logged|signed) in|log ?in to (comment|reply)|"
                    + "\\d+ characters? (remaining|left)|(show|view|load|hide) (all )?comments|sort by|"
                    + "your email address will not be published|required fields are marked|"
                    + "save my name,? email|notify me of (new|follow-up) (comments|posts)|"
                    // other languages
                    + "schreib(e|en sie)? einen kommentar|kommentar (schreiben|verfassen)|laisser un commentaire|"
                    + "deja un comentario|dejar un comentario|napisz komentarz|dodaj komentarz|lascia un commento)");

    /** Comment policies, printed as sentences under comment forms. */
    static final Pattern COMMENT_POLICY = Pattern.compile(
            "(?i)(comments (are|will be) (moderated|reviewed|closed)|comments may be (republished|edited)|"
                    + "email address(es)? will not be published|not responsible for the (opinions|views|content)|"
                    + "(keep|we ask that) (comments|the discussion) (civil|respectful)|comments are civil|"
                    + "publish (all )?comments|kommentare werden (moderiert|geprüft)|les commentaires sont|"
                    + "e-mail-adresse wird nicht veröffentlicht|erforderliche felder sind|pflichtfelder sind|"
                    + "in diesem browser speichern, bis ich wieder kommentiere|"
                    + "votre adresse (e-)?mail ne sera pas publiée|tu dirección de correo electrónico no será publicada)");
    static final String[] COMMENT_POLICY_CUES = {"comment", "email address", "not responsible", "kommentar",
            "e-mail-adresse", "felder", "adresse", "correo"};

    /**
     * Words of cookie and consent notices; a line using three of them is a notice, not news
     * ("This website uses cookies… By clicking Accept you consent…").
     */
    static final Set<String> CONSENT_WORDS = words("cookie", "cookies", "consent", "browser", "website", "websites",
            "gdpr", "tracking", "accept", "preferences", "zustimmung", "einwilligung", "akzeptieren", "dsgvo",
            "webseite", "website", "consentement", "navigateur", "accepter", "consentimiento", "navegador", "aceptar",
            "zgoda", "przeglądarce", "ciasteczka", "plugin", "session");
    static final int CONSENT_MIN_WORDS = 3;

    /** Prompts to follow the outlet elsewhere or install its app. */
    static final Pattern SOCIAL_PROMPT = Pattern.compile(
            "(?i)(\\bfollow (us|\\p{L}[\\p{L}. ]{0,30}) on (twitter|facebook|instagram|x|telegram|whatsapp|youtube|"
                    + "linkedin|threads|bluesky|tiktok)|\\bdownload (the|our) .{0,40}\\bapps?\\b|"
                    + "\\b(join|subscribe to) (us|our channel) on (telegram|whatsapp|youtube)|"
                    + "canal de (youtube|telegram|whatsapp)|\\bfolgen sie uns\\b|\\bsuivez-nous\\b|\\bsíguenos\\b)");
    static final String[] SOCIAL_CUES = {"follow", "download", "join", "subscribe", "canal de", "folgen", "suivez",
            "síguenos"};

    /** Headers of an author box: "About the author", "Über den Autor". Compared on {@link Shapes#key}. */
    static final Set<String> AUTHOR_BOX_HEADERS = words("abouttheauthor", "abouttheauthors", "aboutthewriter",
            "überdenautor", "überdieautorin", "überdieautoren", "zumautor", "zurautorin", "sobreelautor",
            "sobrelaautora", "àproposdelauteur", "aproposdelauteur", "oautorze", "lautore");

    /**
     * An author's note closing an article: a name, then what the person is or does
     * ("Jane Roe is a professor at…", "Markus Reuter beschäftigt sich mit…").
     */
    static final Pattern AUTHOR_BIO = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.-]+\\s){1,3}(is|was|has been|covers|writes|reports|works|joined|teaches|leads|"
                    + "ist|war|arbeitet|schreibt|berichtet|beschäftigt sich|studierte|est|écrit|es|escribe|trabaja|jest|pisze)\\b");
    /** Words that make a closing note about a person a bio. */
    static final Pattern BIO_WORDS = Pattern.compile(
            "(?i)\\b(journalist|journalistin|reporter|correspondent|korrespondent|editor|redakteur|redakteurin|writer|"
                    + "autor|autorin|author|columnist|professor|founder|gründer|fellow|contributor|covers|freelance|"
                    + "freier|freie|periodista|journaliste|rédacteur|dziennikarz|dziennikarka|analyst|blogger|podcast)");

    /** Legal and corporate footers. */
    static final Pattern FOOTER_PHRASE = Pattern.compile(
            "(?i)(©|\\(c\\)\\s*(19|20)\\d\\d|\\bcopyright\\b|all rights reserved|privacy policy|"
                    + "terms (of|and) (use|service|conditions)|terms & conditions|cookie (policy|settings|preferences)|"
                    + "\\bdisclaimer\\b|^contact us\\b|^about us\\b|advertise with us|do not sell my|"
                    + "reproduction (in whole or in part )?(is )?(prohibited|without permission))");
    /** Footers that stay footers even inside sentence-shaped lines. */
    static final Pattern FOOTER_STRONG = Pattern.compile(
            "(?i)(©|\\(c\\)\\s*(19|20)\\d\\d|all rights reserved|copyright\\s*(©|\\(c\\))?\\s*(19|20)\\d\\d)");
    /** Contact lines: "Email: info@…", "Phone: +91-…", "Tel.", "Address:". */
    static final Pattern CONTACT_LABEL = Pattern.compile(
            "(?i)^(e-?mail|phone|tel|telephone|fax|mobile|whatsapp|address|call us|write to us|contact|"
                    + "newsroom|tips|helpline|hotline)\\s*(us)?\\s*[:.]");
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()./-]{7,}\\d");

    /** Notes that a story came from a feed or was not edited: one list for text and HTML. */
    static final Pattern SYNDICATION_NOTE = io.storyline.extract.EditorialNotes.SYNDICATION_NOTE;

    /** Credit lines naming who reported, wrote or edited ("Reporting by …; Editing by …"). */
    static final Pattern CREDIT_LINE = Pattern.compile(
            "^\\(?(?i:(additional )?(reporting|writing|editing|compiled|edited|translated|written|reported|"
                    + "produced|story|words|text|research|graphics?|photos?|video)( and (reporting|writing|editing))? by)\\b");
    /** A byline: "By Jane Roe", "BY JANE ROE AND JOHN DOE", "Written by Jane Roe". */
    static final Pattern BY = Pattern.compile(
            "^(?:(?i:written|posted|reported|story|words|text|compiled|interview|analysis|opinion|column) )?"
                    + "(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR)[:\\s]\\s*(?=\\p{Lu})");
    /** A labelled author: "Author: Jane Roe", "Reporter: …", "Correspondent: …". */
    static final Pattern AUTHOR_LABEL = Pattern.compile(
            "^(?i:author|authors|reporter|reporters|correspondent|writer|columnist|editor|byline)s?\\s*[:|]\\s*(?=\\p{Lu})");
    /** Job titles that follow a name in a byline ("Jane Roe, Staff Writer", "Jane Roe | Correspondent"). */
    static final Pattern BYLINE_ROLE = Pattern.compile(
            "(?i)(,|\\||-|–|—)?\\s*(staff (writer|reporter|correspondent)|senior (writer|reporter|correspondent|editor)|"
                    + "(chief |foreign |diplomatic |political |special |senior )?correspondent|staff|reporter|"
                    + "bureau chief|contributor|contributing writer|news desk|online desk|web desk|desk)\\s*$");

    /** Advertisement slots. */
    static final Pattern ADVERTISEMENT = Pattern.compile(
            "(?i)^(advertisement|advertising|ads?|sponsored( content| post| links?| stories)?|"
                    + "(story|article) continues (below|after)( this)?( advertisement| ad)?|"
                    + "scroll (down )?to continue( reading| with content)?|continue reading (below|after the ad)|"
                    + "paid (post|content|partner)|promoted( content| stories)?|partner content|adchoices|ad feedback|"
                    + "report this ad|close ad|skip ad|ad loading|remove ads)\\W*$");

    /** Captions named as such ("Image Credit: ANI", "Representative Image", "File photo"). */
    static final Pattern CAPTION_PHRASE = Pattern.compile(
            "(?i)(\\b(image|photo|picture|video) credits?\\b|\\brepresentative (image|photo|picture)\\b|"
                    + "^(file )?(photo|photograph|picture|image|illustration|graphic|caption)\\s*(:|\\||-|–)|"
                    + "^file (photo|image|picture)\\b|\\(file (photo|image|picture)\\)|\\b(photo|pic) courtesy\\b|^\\[(photo|image|picture)\\b|"
                    + "^\\((photo|image|picture)\\b|"
                    // other languages: Foto: …, Bild: …, Titelbild: …, (Foto: …), Zdjęcie: …, Crédito: …
                    + "(^|\\(|\\s)(foto|fotos|bild|titelbild|bildquelle|quelle|fotografía|fotografia|zdjęcie|fot\\.|"
                    + "crédito|crédit photo|photo ?)\\s*:\\s*\\S)");

    /*
     * Cues: substrings (of the lower-cased line) one of which every match of the pattern named
     * contains. They let the classifier skip a pattern cheaply; they decide nothing themselves.
     */
    static final String[] SYNDICATION_CUES = {"syndicat", "edited by", "feed", "auto", "input", "reporting",
            "this article", "this story", "this report", "disclaimer", "views expressed", " ai", "headline"};
    static final String[] CAPTION_CUES = {"image", "photo", "picture", "video", "illustration", "graphic", "caption",
            "pic", "foto", "bild", "quelle", "zdjęcie", "fot.", "crédit"};
    static final String[] SUBSCRIPTION_CUES = {"subscri", "sign", "newsletter", "log", "account", "unlimited",
            "trial", "continue reading", "journalism", "become a", "inbox", "register"};
    static final String[] FOOTER_CUES = {"©", "(c)", "copyright", "rights reserved", "privacy", "terms", "cookie",
            "disclaimer", "contact us", "about us", "advertise", "do not sell", "reproduction"};
    static final String[] TEMPLATE_CUES = {"{", "}", "<", ">", "=", ";", "$", "[", "]", "\"", "@", "function", "gtag",
            "datalayer", "adsbygoogle", "javascript", "undefined", "null", "nan", "true", "false", "window.",
            "document."};

    /** Whether the lower-cased text contains one of the cues. */
    static boolean mentions(String lower, String[] cues) {
        for (String c : cues) if (lower.contains(c)) return true;
        return false;
    }

    /** Template code and markup that leaked into the text. */
    static final Pattern TEMPLATE = Pattern.compile(
            "(\\{\\{.*?}}|\\{%.*?%}|<%.*?%>|\\$\\{[^}]*}|</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^>]*)?/?>|\\bfunction\\s*\\(|"
                    + "=>\\s*\\{|\\b(var|let|const)\\s+[\\w$]+\\s*=|\\bwindow\\.[\\w$]|\\bdocument\\.(write|getElement|"
                    + "querySelector|cookie|createElement|addEventListener)|googletag|dataLayer|gtag\\(|adsbygoogle|"
                    + "__NEXT_DATA__|^\\s*(undefined|null|NaN|true|false)\\s*$|^[\\]\\[{}();,]+$|"
                    + "^[.#@]?[\\w-]+(\\s*[,>]\\s*[.#]?[\\w-]+)*\\s*\\{[^}]*}?\\s*$|^[\\w-]+\\s*:\\s*[^;]{1,40};\\s*$|"
                    + "\\bjavascript:|(?i:please enable javascript|you need to enable javascript|"
                    + "(this|the) (site|page|website) requires javascript|javascript is (disabled|required))|"
                    + "^\\s*\"[@\\w]+\"\\s*:|^@(media|import|font-face)\\b|\\}\\);?\\s*$)");

    /** Metadata lines that are neither dates nor bylines ("5 min read", "Views: 1,204"). */
    static final Pattern READING_METADATA = Pattern.compile(
            "(?i)(\\b\\d+\\s*(min|mins|minute|minutes)\\s*(read|reading|listen)\\b|\\breading time\\b|"
                    + "\\bviews?\\s*:\\s*\\d|^\\d[\\d,.]*k?\\s+(views|reads|shares)\\b|^listen to (this|the) (article|story)\\b|"
                    + "\\bword count\\b|^(font size|text size)\\b)");

    /** Labels that introduce a date: "Published:", "Updated", "date", "Posted on". */
    static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)\\b(published|updated|last updated|last modified|created|posted|modified|first published|date|dated|"
                    + "uploaded|released|issued|edited|printed|updated on|published on|posted on|"
                    // other languages
                    + "erstellt|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|datum|publié|mis à jour|"
                    + "publicado|actualizado|atualizado|pubblicato|aggiornato|opublikowano|aktualizacja|data)"
                    + "\\b\\s*(on|at|am|le|el|em|il)?\\s*[:|]?");

    /** Dates as pages print them (used to recognise date lines; values come from the date parser). */
    static final Pattern DATE_LIKE = Pattern.compile(
            "(?i)(\\b(19|20)\\d\\d[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\\d|3[01])\\b|"
                    + "\\b\\d{1,2}[-/.]\\d{1,2}[-/.](19|20)?\\d\\d\\b|"
                    + "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+(19|20)\\d\\d\\b|"
                    + "\\b\\d{1,2}(st|nd|rd|th)?\\s+(of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+(19|20)\\d\\d\\b|"
                    + "\\b(19|20)\\d\\d\\s*년|\\b(19|20)\\d\\d年|"
                    // a day, a month word in any language, a year: 6. Mai 2014, 3 de febrero de 2021, 3 lutego 2021
                    + "\\b\\d{1,2}\\.?\\s+(de\\s+)?\\p{L}{3,10}\\.?,?\\s+(de\\s+)?(19|20)\\d\\d\\b|"
                    + "\\b\\d+\\s+(minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago\\b)");
    static final Pattern TIME_LIKE = Pattern.compile("(?i)\\b([01]?\\d|2[0-3])[:.][0-5]\\d\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");

    /** Reading controls: font-size steps, "A+", "Aa". */
    static final Pattern CONTROL = Pattern.compile("^([+\\-−]?\\d{1,2}|[Aa][+\\-−]|Aa|A{1,3}|[+\\-−]|[<>«»‹›]+|\\.{2,}|…+|(\\.\\.\\.\\s*)+)$");

    /** Link reference marks of text browsers ("[12]Home"), as lynx and w3m print them. */
    static final Pattern LINK_MARKER = Pattern.compile("\\[\\d{1,4}]");
    /** A line that is only a link address, possibly numbered ("3. https://…"). */
    static final Pattern URL_LINE = Pattern.compile("(?i)^(\\d{1,4}\\.\\s*)?(https?://|www\\.)\\S+$");

    /** Menus printed on one line: fields of one to three words between separators. */
    static final Pattern MENU_SEPARATOR = Pattern.compile("\\s+(\\||•|·|/|›|»|>|::)\\s+");
}
