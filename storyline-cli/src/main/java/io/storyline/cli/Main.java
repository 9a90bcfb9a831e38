package io.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/storyline}. */
@Command(name = "storyline", mixinStandardHelpOptions = true, version = "storyline 0.1.0",
        description = "Turns captures of news pages into clean, dated, sourced articles and timelines.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, ReplayCommand.class, ArticlesCommand.class,
                DuplicatesCommand.class, StoriesCommand.class, TimelineCommand.class, ServeCommand.class,
                EvalCommand.class, BenchCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code when the run itself could not proceed (I/O on the output, a broken store…). */
    public static final int EXIT_RUN_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("storyline: " + ex.getMessage());
            return EXIT_RUN_FAILED;
        });
        return cl;
    }
}
