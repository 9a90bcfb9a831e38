package io.storyline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline ingest}, {@code replay} and {@code articles} as a user runs them. */
class StoreCommandsTest {
    @TempDir
    Path dir;
    Path db;
    Path in;

    /** What a command printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setOut(new java.io.PrintWriter(System.out, true));
            cl.setErr(new java.io.PrintWriter(System.err, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @BeforeEach
    void pages() throws IOException {
        db = dir.resolve("s.db");
        in = dir.resolve("in");
        Files.createDirectories(in);
        for (int i = 1; i <= 3; i++) {
            Files.writeString(in.resolve("story" + i + ".html"), "<html><head><title>Tide table " + i + "</title></head>"
                    + "<body><p>The spring tide on day " + i + " reached four metres at the Greyrock quay, the harbour"
                    + " office said, and the ferry waited an hour for the water to fall.</p></body></html>");
        }
        Files.write(in.resolve("empty.html"), new byte[0]);
        Files.writeString(in.resolve("feed.jsonl"), "{\"html\": \"<p>unterminated\n");
    }

    @Test
    void helpListsTheStoreCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String c : new String[] {"ingest", "replay", "articles"}) assertTrue(r.out().contains(c), r.out());
        Run ingestHelp = run("ingest", "--help");
        assertTrue(ingestHelp.out().contains("--db") && ingestHelp.out().contains("Exit codes"), ingestHelp.out());
    }

    @Test
    void ingestTwiceThenList() throws IOException {
        Run first = run("ingest", "--db", db.toString(), "--threads", "2", in.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("ingest run 1: 5 inputs: 3 ok, 1 skipped, 1 failed in "), first.out());
        assertTrue(first.out().contains("storyline replay --all"), first.out());
        assertEquals("", first.err().lines().filter(l -> !l.startsWith("WARNING")).reduce("", String::concat));

        Run second = run("ingest", "--db", db.toString(), in.toString());
        assertTrue(second.out().startsWith("ingest run 2: 5 inputs: 0 ok, 4 skipped, 1 failed"), second.out());

        Run table = run("articles", "--db", db.toString());
        assertEquals(0, table.code());
        assertTrue(table.out().startsWith("ID"), table.out());
        assertTrue(table.out().contains("Tide table 2"), table.out());
        assertTrue(table.out().contains("3 of 3 articles"), table.out());

        JsonNode list = new ObjectMapper().readTree(run("articles", "--db", db.toString(), "--format", "json", "--limit", "2").out());
        assertEquals(2, list.size());
        String id = list.get(0).get("id").asText();

        JsonNode article = new ObjectMapper().readTree(run("articles", "--db", db.toString(), "--show", id).out());
        assertEquals(id, article.get("id").asText());
        assertTrue(article.get("text").asText().contains("spring tide"));

        JsonNode failed = new ObjectMapper().readTree(run("articles", "--db", db.toString(), "--ledger", "--run", "0",
                "--status", "failed", "--format", "json").out());
        assertEquals(1, failed.size());
        assertEquals(2, failed.get(0).get("run").asInt());
        assertTrue(failed.get(0).get("reason").asText().startsWith("invalid-json: line 1"));

        Run ledger = run("articles", "--db", db.toString(), "--ledger");
        assertEquals(11, ledger.out().lines().count(), ledger.out()); // header + 10 rows
        assertTrue(run("articles", "--db", db.toString(), "--quarantine").out().contains("feed.jsonl#1"));
        assertTrue(run("articles", "--db", db.toString(), "--runs").out().contains("done"));
        assertTrue(run("articles", "--db", db.toString(), "--search", "quay").out().contains("3 of 3 articles matching quay"));
    }

    @Test
    void replay() {
        run("ingest", "--db", db.toString(), in.toString());
        Run unknown = run("replay", "--db", db.toString(), "--input", "nope.html");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("nope.html is not in quarantine"), unknown.err());
        Run all = run("replay", "--db", db.toString(), "--all");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().startsWith("replay run 2: 1 inputs: 0 ok, 0 skipped, 1 failed"), all.out());
        assertTrue(all.out().contains("still in quarantine: 1"), all.out());
        assertEquals(2, run("replay", "--db", db.toString()).code(), "--input or --all is required");
    }

    @Test
    void progressOnRequest() {
        Run r = run("ingest", "--db", db.toString(), "--progress", in.toString());
        assertTrue(r.err().contains("ingest"), r.err());
        assertTrue(r.err().contains("files"), r.err());
    }

    @Test
    void storeThatCannotBeOpenedExitsThree() {
        Run r = run("ingest", "--db", dir.resolve("missing/folder/s.db").toString(), in.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
        Run none = run("articles", "--db", db.toString());
        assertEquals(3, none.code());
        assertTrue(none.err().contains("no store at " + db), none.err());
        assertTrue(Files.notExists(db), "reading commands create no store");
        run("ingest", "--db", db.toString(), in.toString());
        Run show = run("articles", "--db", db.toString(), "--show", "a-0000000000000000");
        assertEquals(1, show.code());
    }
}
