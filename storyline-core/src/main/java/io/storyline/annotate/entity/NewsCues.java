package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import java.util.HashSet;
import java.util.Set;

/**
 * The cue words of news English that the recognizer and its model read, as named tables. All
 * lower case; looked up by token hash.
 */
final class NewsCues {
    private NewsCues() {
    }

    /** Words before a name that make it a person's: courtesy titles and abbreviated ranks. */
    static final Set<String> PERSON_PREFIXES = words(
            "mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "dr.", "dr", "prof.", "sir", "dame", "lord", "lady",
            "rev.", "gen.", "sen.", "rep.", "gov.", "col.", "lt.", "capt.", "sgt.", "adm.", "maj.", "pres.", "cpl.",
            "madam", "madame", "monsieur", "herr", "frau", "messrs.", "const.", "cst.", "det.", "insp.", "supt.", "ofc.");

    /**
     * Head nouns of roles and titles ("minister", "leader"): printed before a name ("Prime
     * Minister Chung Sye-kyun") or in an apposition ("Lee In-young, South Korea's unification
     * minister").
     */
    static final Set<String> ROLE_HEADS = words(
            "president", "president-elect", "vice-president", "premier", "minister", "chancellor", "leader", "secretary",
            "secretary-general", "undersecretary", "under-secretary", "chairman", "chairwoman", "chairperson", "chair",
            "chief", "director", "director-general", "head", "spokesman", "spokeswoman", "spokesperson", "ambassador",
            "envoy", "official", "officials", "adviser", "advisor", "governor", "mayor", "senator", "congressman",
            "congresswoman", "lawmaker", "legislator", "representative", "king", "queen", "prince", "princess",
            "emperor", "empress", "pope", "general", "admiral", "commander", "colonel", "lieutenant", "captain",
            "sergeant", "marshal", "judge", "justice", "prosecutor", "attorney", "lawyer", "analyst", "expert",
            "researcher", "fellow", "economist", "scientist", "professor", "editor", "correspondent", "reporter",
            "columnist", "executive", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "manager", "commissioner",
            "counselor", "counsellor", "negotiator", "diplomat", "dictator", "monarch", "sheikh", "emir", "ayatollah",
            "cardinal", "bishop", "archbishop", "rabbi", "imam", "coach", "speaker", "treasurer", "inspector",
            "superintendent", "sheriff", "administrator", "consul", "delegate", "activist", "dissident", "defector",
            "author", "novelist", "actor", "actress", "singer", "artist", "president's", "deputy", "aide", "strategist",
            "pastor", "priest", "governor-general", "crown", "tsar", "czar", "shogun", "sultan", "khan", "chieftain",
            "mp", "mep", "whip", "candidate", "nominee", "owner", "partner", "principal", "dean", "rector",
            "provost", "lecturer", "teacher", "student", "scholar", "historian", "physicist", "chemist", "doctor",
            "physician", "surgeon", "nurse", "engineer", "architect", "officer", "agent", "detective", "constable",
            "ranger", "pilot", "astronaut", "athlete", "player", "striker", "goalkeeper", "midfielder", "defender",
            "forward", "winger", "champion", "director-designate", "nominee", "spokesmen", "ministers", "leaders");

    /** Words that modify a role head inside a title ("prime", "foreign", "unification", "deputy"). */
    static final Set<String> ROLE_MODIFIERS = words(
            "prime", "foreign", "defense", "defence", "unification", "finance", "trade", "interior", "justice",
            "health", "education", "labor", "labour", "agriculture", "energy", "environment", "culture", "economy",
            "economic", "industry", "transport", "transportation", "home", "deputy", "vice", "first", "former",
            "acting", "interim", "chief", "senior", "top", "special", "supreme", "state", "national", "executive",
            "general", "assistant", "associate", "permanent", "lead", "nuclear", "security", "intelligence",
            "military", "army", "navy", "presidential", "principal", "managing", "founding", "science", "technology",
            "commerce", "foreign-policy", "policy", "party", "opposition", "ruling", "majority", "minority",
            "parliamentary", "congressional", "senate", "house", "district", "federal", "regional", "provincial",
            "local", "city", "county", "police", "fire", "team", "club", "research", "visiting", "adjunct",
            "emeritus", "co", "joint", "communications", "press", "public", "affairs", "human", "rights", "news",
            "late", "then", "outgoing", "incoming", "new", "longtime", "veteran", "de", "facto", "high-ranking",
            "high", "ranking", "elected", "sitting", "current", "retired", "honorary", "crown", "grand", "supreme",
            "revolutionary", "spiritual", "religious", "opposition", "rebel", "militant", "hardline", "reformist",
            "financial", "investment", "chief-of-staff", "staff", "of");

    /**
     * Words that end the name of an organisation ("Ministry", "Institute", "University"). The strong
     * ones make a capitalised phrase an organisation outright.
     */
    static final Set<String> ORG_SUFFIXES_STRONG = words(
            "ministry", "institute", "university", "council", "agency", "commission", "committee", "inc.", "inc",
            "corp.", "corp", "corporation", "ltd.", "ltd", "llc", "plc", "gmbh", "party", "association", "foundation",
            "federation", "bureau", "department", "college", "academy", "authority", "organization", "organisation",
            "co.", "company", "group", "holdings", "bank", "fund", "union", "league", "society", "alliance",
            "coalition", "parliament", "assembly", "congress", "senate", "airlines", "airways", "motors",
            "electronics", "industries", "laboratories", "labs", "technologies", "systems", "network",
            "broadcasting", "times", "post", "herald", "journal", "tribune", "daily", "ilbo", "shimbun", "gazette",
            "press", "hospital", "administration", "court", "tribunal", "army", "navy", "command", "brigade",
            "police", "guard", "school", "museum", "orchestra", "club", "fc", "laboratory", "railway", "railways",
            "railroad", "airline", "institution", "consortium", "bancorp", "securities", "enterprises", "scouts");

    /** Weaker organisation words, read by the model only. */
    static final Set<String> ORG_SUFFIXES_WEAK = words(
            "center", "centre", "office", "service", "services", "board", "forces", "force", "front", "movement",
            "team", "news", "radio", "television", "tv", "media", "church", "library", "theatre", "theater",
            "council's", "government", "cabinet", "house", "unit", "division", "program", "programme", "project",
            "initiative", "studio", "studios", "records", "games", "partners", "capital", "energy", "pharmaceuticals");

    /**
     * Head nouns of named places and built structures ("Heathrow Airport", "Museum of Flight",
     * "Fifth Avenue", "the Caspian Sea"): a capitalised phrase ending in one, or headed by one
     * before "of", names a location, not the organisation that may run it.
     */
    static final Set<String> FACILITY_HEADS = words(
            "museum", "airport", "station", "base", "bridge", "street", "st.", "avenue", "ave.", "ave", "road", "rd.",
            "boulevard", "blvd.", "highway", "freeway", "motorway", "expressway", "square", "plaza", "tower", "towers",
            "stadium", "arena", "palace", "castle", "cathedral", "mosque", "temple", "abbey", "monument", "memorial",
            "park", "island", "islands", "isle", "lake", "river", "mountains", "mount", "mt.", "hills", "valley",
            "bay", "beach", "canyon", "desert", "sea", "ocean", "gulf", "strait", "straits", "peninsula", "province",
            "county", "district", "region", "canal", "harbor", "harbour", "port", "coast", "falls", "forest",
            "glacier", "volcano", "planetarium", "observatory", "aquarium", "reservoir", "dam", "crater", "prefecture", "oblast", "governorate", "borough",
            "township", "village", "zoo", "mall", "cemetery", "pier", "lighthouse", "terminal", "city", "plateau",
            "empire", "kingdom", "republic", "caliphate", "sultanate", "khanate", "emirate", "principality", "duchy",
            "basin", "delta", "highlands", "hall", "garden", "gardens", "auditorium", "lane", "field", "pavilion", "rink",
            "ballpark", "velodrome", "racecourse", "speedway", "raceway");

    /**
     * Facility heads that are never family names: a phrase ending in one is a place even when it
     * opens with a given name ("John F. Kennedy Airport", "George Bush Intercontinental Airport"),
     * where "John Hall" or "Shirley Temple" stay persons.
     */
    static final Set<String> NAMELESS_FACILITY_HEADS = words(
            "museum", "airport", "station", "avenue", "ave.", "boulevard", "blvd.", "highway", "freeway", "motorway",
            "expressway", "plaza", "stadium", "arena", "cathedral", "mosque", "abbey", "monument", "memorial",
            "planetarium", "observatory", "aquarium", "reservoir", "terminal", "auditorium", "cemetery", "zoo", "mall",
            "street", "road");

    /** Words that end a street's name: after a house number the name is an address ("2 Willow Lane"). */
    static final Set<String> STREET_HEADS = words("street", "st.", "st", "road", "rd.", "rd", "avenue", "ave.", "ave",
            "lane", "drive", "way", "place", "court", "close", "crescent", "terrace", "boulevard", "blvd.", "row");

    /** Lower-case words that may join the capitalised words of one name ("Ministry of Foreign Affairs"). */
    static final Set<String> NAME_CONNECTORS = words("of", "for", "and", "on", "de", "del", "der", "la", "le", "du",
            "van", "von", "da", "di", "al", "bin", "el", "&");

    /** Prepositions after which a place name is a place, not its government ("in Seoul"). */
    /** The postal codes of the US states and DC, read after a town and a comma ("Chillicothe, OH"). */
    static final Set<String> US_STATE_CODES = words("al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi",
            "id", "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh",
            "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa",
            "wv", "wi", "wy", "dc");

    static final Set<String> LOCATIVE = words("in", "at", "near", "outside", "inside", "into", "across", "around",
            "through", "via", "throughout", "within", "downtown", "central", "northern", "southern", "eastern",
            "western", "visit", "visited", "visiting", "visits");

    /** Words of travel after which "to"/"from" + a capital is a place ("flew to Seoul"). */
    static final Set<String> MOTION = words("trip", "travel", "travels", "traveled", "travelled", "traveling",
            "travelling", "flew", "fly", "flies", "flight", "flights", "visit", "visits", "visited", "arrive", "arrived",
            "arrives", "return", "returned", "returns", "went", "go", "goes", "going", "come", "came", "comes",
            "coming", "headed", "heading", "moved", "move", "drive", "drove", "road", "route", "journey", "way",
            "back", "sailed", "fled", "train", "bus", "ferry", "miles", "kilometers", "kilometres", "km", "km/h");

    /**
     * Verbs (and auxiliaries) that make a capital before them its government ("Seoul said",
     * "Washington has remained firm", "Pyongyang rejected").
     */
    static final Set<String> AGENT_VERBS = words(
            "said", "says", "say", "told", "tells", "announced", "announces", "urged", "urges", "warned", "warns",
            "rejected", "rejects", "accepted", "accepts", "responded", "responds", "denied", "denies", "claimed",
            "claims", "insisted", "insists", "called", "calls", "demanded", "demands", "threatened", "threatens",
            "agreed", "agrees", "refused", "refuses", "vowed", "vows", "offered", "offers", "proposed", "proposes",
            "wants", "wanted", "has", "had", "have", "is", "was", "are", "were", "will", "would", "should", "could",
            "may", "might", "must", "can", "hopes", "hoped", "expressed", "expresses", "expects", "expected", "seeks",
            "sought", "plans", "planned", "accused", "accuses", "condemned", "condemns", "criticized", "criticised",
            "welcomed", "welcomes", "confirmed", "confirms", "sent", "sends", "imposed", "imposes", "launched",
            "launches", "fired", "fires", "tested", "tests", "signed", "signs", "pledged", "pledges", "pushed",
            "pushes", "pressed", "presses", "slammed", "blamed", "blames", "dismissed", "remains", "remained",
            "continues", "continued", "appears", "appeared", "seems", "reacted", "protested", "retaliated",
            "believes", "believed", "considers", "considered", "argued", "argues", "stated", "noted", "added",
            "stressed", "reiterated", "announced", "declined", "decided", "approved", "ordered", "recalled",
            "summoned", "suspended", "resumed", "halted", "allowed", "allows", "does", "did", "do", "also", "still",
            "already", "never", "reportedly", "apparently", "recently", "then", "now", "and");

    /** Words that keep a capitalised sentence start from being read as a name ("The", "But"). */
    static final Set<String> FUNCTION_WORDS = words("the", "a", "an", "but", "and", "or", "if", "when", "while",
            "as", "in", "on", "at", "for", "with", "by", "from", "to", "of", "it", "he", "she", "they", "we", "i",
            "you", "this", "that", "these", "those", "there", "here", "his", "her", "their", "our", "its", "my",
            "after", "before", "since", "until", "although", "though", "because", "so", "yet", "also", "still",
            "many", "some", "most", "all", "no", "not", "both", "each", "every", "other", "such", "what", "which",
            "who", "whom", "whose", "where", "why", "how", "than", "then", "now", "meanwhile", "however", "last",
            "next", "one", "two", "three", "first", "second", "new", "former", "more", "much", "among", "about",
            "during", "under", "over", "into", "through", "against", "despite", "without", "according", "even");

    /** A table of words (duplicates allowed, so that tables read naturally). */
    private static Set<String> words(String... ws) {
        return Set.copyOf(new HashSet<>(java.util.Arrays.asList(ws)));
    }

    /** The hashes of a table's words, for lookups by {@link TextAnalysis#hash(int)}. */
    /**
     * Words for groups of people by faith, region or people, faiths themselves, languages and feasts: never a name
     * of a person, organisation or place on their own ("Sunni", "Shiites", "Kurds", "Catholicism", "Ramadan"), nor
     * with a compass word ("West African", "Middle Eastern"). Longer names holding them keep their
     * type ("Orthodox Church", "Christian Democratic Union", "Easter Island").
     */
    static final Set<String> GROUP_WORDS = words(
            "sunni", "sunnis", "shia", "shias", "shiite", "shiites", "shi'ite", "shi'ites", "hindu", "hindus", "muslim",
            "muslims", "moslem", "moslems", "christian", "christians", "catholic", "catholics", "protestant",
            "protestants", "orthodox", "jewish", "jew", "jews", "buddhist", "buddhists", "sikh", "sikhs", "jain", "jains",
            "evangelical", "evangelicals", "anglican", "anglicans", "methodist", "methodists", "baptist", "baptists",
            "lutheran", "lutherans", "mormon", "mormons", "coptic", "copts", "alawite", "alawites", "druze", "yazidi",
            "yazidis", "salafi", "salafist", "salafists", "sufi", "sufis", "pentecostal", "presbyterian", "islamist",
            "islamists", "jihadist", "jihadists", "zionist", "zionists", "islamic", "islam", "christianity",
            "catholicism", "judaism", "hinduism", "buddhism", "sikhism", "protestantism",
            "western", "westerners", "eastern", "northern", "southern", "european", "europeans", "asian", "asians",
            "african", "africans", "arab", "arabs", "latin", "latino", "latinos", "hispanic", "hispanics",
            "mandarin", "cantonese", "hokkien", "hebrew", "arabic", "swahili", "hindi", "urdu", "farsi", "esperanto",
            "sanskrit", "yiddish", "tagalog", "gaelic",
            // peoples that are no country's ("the Rohingya", "Kurds", "Uyghur"): like demonyms, no names
            "kurd", "kurds", "kurdish", "rohingya", "rohingyas", "uyghur", "uyghurs", "uighur", "uighurs", "pashtun",
            "pashtuns", "tamil", "tamils", "baloch", "balochi", "hazaras", "tutsi", "tutsis", "hutu", "hutus", "bedouin",
            "bedouins", "maasai", "masai", "zulus", "xhosa", "inuit", "sami", "berbers", "amazigh", "tuareg", "tuaregs",
            "fulani", "yoruba", "igbo", "hausa", "oromo", "tigrayan", "tigrayans", "tatar", "tatars", "chechen",
            "chechens", "cossack", "cossacks", "aboriginal", "aborigines", "maori", "māori", "sinhalese", "sindhi",
            "punjabi", "punjabis", "gujarati", "bengali", "bengalis", "kashmiri", "kashmiris", "dalit", "dalits", "adivasi",
            "adivasis", "hmong", "manchu", "tibetan", "tibetans", "ainu", "romani", "sinti", "assyrian", "assyrians",
            "chaldean", "chaldeans", "circassian", "circassians", "alevi", "alevis", "ahmadi", "ahmadis", "ahmadiyya",
            "ramadan", "ramzan", "eid", "al-fitr", "al-adha", "christmas", "easter", "thanksgiving", "diwali", "hanukkah",
            "passover", "lent", "yom", "kippur", "nowruz", "kwanzaa", "halloween", "holi", "vesak");

    /**
     * Other words printed with a capital that name no person, organisation or place: diseases,
     * styles and periods, movements and seasons, pronouns of anyone ("Ebola", "Baroque", "Brexit",
     * "in Spring", "Everyone is a winner"). Words ending in "-ism" ("Marxism") are read alike.
     */
    static final Set<String> NO_NAME_WORDS = words("ebola", "zika", "covid", "covid-19", "sars", "mers", "hiv", "aids",
            "mpox", "h1n1", "h5n1", "baroque", "renaissance", "gothic", "romanesque", "rococo", "neolithic", "paleolithic",
            "mesolithic", "jurassic", "cretaceous", "brexit", "grexit", "holocaust", "reformation", "enlightenment",
            "spring", "summer", "autumn", "winter", "everyone", "everybody", "someone", "somebody", "anyone", "anybody",
            "nobody");

    /**
     * Words that open a greeting or a request before a name ("Hey Vladi", "Dear Maria", "Please
     * see"), and the pronoun "I": no part of a name.
     */
    static final Set<String> NOT_IN_NAMES = words("i", "hey", "hi", "hello", "dear", "thanks", "thank", "please", "ok",
            "okay", "yes", "no", "wow", "oh");

    /**
     * Plural nouns for groups of people that news quotes as speakers ("Residents said", "Witnesses
     * told"), beyond the plurals of {@link #ROLE_HEADS} ("Analysts", "Lawmakers"), which {@link
     * #isPeopleNoun} reads as well.
     */
    static final Set<String> PEOPLE_NOUNS = words("residents", "witnesses", "investors", "observers", "critics",
            "villagers", "protesters", "protestors", "demonstrators", "voters", "passengers", "workers", "employees",
            "students", "parents", "soldiers", "rebels", "militants", "troops", "authorities", "sources", "relatives",
            "neighbours", "neighbors", "survivors", "farmers", "fans", "locals", "users", "customers", "consumers",
            "traders", "bankers", "insiders", "supporters", "opponents", "organisers", "organizers", "rescuers",
            "firefighters", "medics", "paramedics", "investigators", "regulators", "mediators", "legislators",
            "economists", "experts", "scientists", "doctors", "lawyers", "attorneys", "participants", "members",
            "citizens", "families", "people", "police", "eyewitnesses", "onlookers", "commentators",
            "pollsters", "strategists", "historians", "campaigners", "environmentalists", "unions", "shareholders",
            "creditors", "analysts", "officials", "others", "scholars", "teachers",
            "nurses", "pilots", "crews", "guards", "inmates", "refugees", "migrants", "settlers", "tourists", "visitors",
            "staff", "management", "mps", "personnel", "crew", "colleagues", "friends", "diplomats", "activists",
            "prosecutors", "officers", "lawmakers", "senators", "ministers");

    /**
     * Whether a word, in any case, names a group of people rather than a person: one of {@link
     * #PEOPLE_NOUNS}, or the plural of a role head ("analysts", "lawmakers", "secretaries").
     */
    static boolean isPeopleNoun(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (PEOPLE_NOUNS.contains(w)) return true;
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")) return false;
        if (w.endsWith("ies") && ROLE_HEADS.contains(w.substring(0, w.length() - 3) + "y")) return true;
        if (w.endsWith("es") && ROLE_HEADS.contains(w.substring(0, w.length() - 2))) return true;
        return ROLE_HEADS.contains(w.substring(0, w.length() - 1));
    }

    /** Compass words that may open a group word ("West African", "Southeast Asian", "Middle Eastern"). */
    static final Set<String> COMPASS_WORDS = words("west", "east", "north", "south", "southeast", "southwest",
            "northeast", "northwest", "central", "middle", "sub-saharan", "south-east", "south-west", "north-east",
            "north-west");

    static final Set<Long> GROUP_H = hashes(GROUP_WORDS);
    static final Set<Long> NO_NAME_H = hashes(NO_NAME_WORDS);
    /** Planets, which read as places where the model takes them for one: no name of a place on Earth ("Venus", "Saturn"). */
    static final Set<Long> PLANETS_H = hashes(words("mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune",
            "pluto"));
    static final Set<Long> NOT_IN_NAMES_H = hashes(NOT_IN_NAMES);
    static final Set<Long> COMPASS_H = hashes(COMPASS_WORDS);

    static Set<Long> hashes(Set<String> words) {
        Set<Long> out = new HashSet<>();
        for (String w : words) out.add(TextAnalysis.hash(w));
        return Set.copyOf(out);
    }

    static final Set<Long> PERSON_PREFIX_H = hashes(PERSON_PREFIXES);
    static final Set<Long> ROLE_HEAD_H = hashes(ROLE_HEADS);
    static final Set<Long> ROLE_MODIFIER_H = hashes(ROLE_MODIFIERS);
    static final Set<Long> ORG_STRONG_H = hashes(ORG_SUFFIXES_STRONG);
    static final Set<Long> ORG_WEAK_H = hashes(ORG_SUFFIXES_WEAK);
    static final Set<Long> CONNECTOR_H = hashes(NAME_CONNECTORS);
    static final Set<Long> FACILITY_H = hashes(FACILITY_HEADS);
    static final Set<Long> NAMELESS_FACILITY_H = hashes(NAMELESS_FACILITY_HEADS);
    static final Set<Long> STREET_H = hashes(STREET_HEADS);
    static final Set<Long> LOCATIVE_H = hashes(LOCATIVE);
    static final Set<Long> US_STATE_CODES_H = hashes(US_STATE_CODES);
    static final Set<Long> MOTION_H = hashes(MOTION);
    static final Set<Long> AGENT_VERB_H = hashes(AGENT_VERBS);
    static final Set<Long> FUNCTION_H = hashes(FUNCTION_WORDS);
}
