package io.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** User queries become FTS5 expressions that always parse. */
class SearchSyntaxTest {
    @Test
    void translatesTheDocumentedSyntax() {
        assertEquals("\"ferry\" AND \"strike\"", SearchSyntax.toMatch("ferry strike"));
        assertEquals("\"ferry strike\"", SearchSyntax.toMatch("\"ferry strike\""));
        assertEquals("\"harb\"*", SearchSyntax.toMatch("harb*"));
        assertEquals("(\"ferry\" OR \"boat\") AND \"strike\"", SearchSyntax.toMatch("ferry OR boat strike"));
        assertEquals("(\"ferry\") NOT \"strike\" NOT \"union board\"", SearchSyntax.toMatch("ferry -strike -\"union board\""));
        assertEquals("\"title:x\" AND \"NEAR(a\" AND \"b)\"", SearchSyntax.toMatch("title:x NEAR(a b)"));
        assertEquals("\"say hi\"", SearchSyntax.toMatch("say\"hi"));
        assertNull(SearchSyntax.toMatch("-only -negatives"));
        assertNull(SearchSyntax.toMatch("  * - () OR -"));
        assertNull(SearchSyntax.toMatch(null));
    }

    @Test
    void anyInputParses() throws Exception {
        String alphabet = "ab \"*-()OR:^+.\u00e9\u4e2d\uE000\n\t\\'NOTANDNEAR{}0";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')");
            s.execute("INSERT INTO t VALUES ('ab OR', 'a b c ab NOT near')");
            Random r = new Random(20261125);
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM t WHERE t MATCH ?")) {
                for (int k = 0; k < 3000; k++) {
                    StringBuilder sb = new StringBuilder();
                    int n = r.nextInt(24);
                    for (int i = 0; i < n; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                    String match = SearchSyntax.toMatch(sb.toString());
                    if (match == null) continue;
                    p.setString(1, match);
                    try {
                        p.executeQuery().close();
                    } catch (java.sql.SQLException e) {
                        fail("'" + sb + "' gave '" + match + "': " + e.getMessage());
                    }
                }
            }
        }
    }
}
