package com.jinpai.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Runs the {@code jinpai} command line. Parsing, {@code --help}, {@code --version} and usage
 * errors happen before anything starts; a command starts the application through its
 * {@link Launcher} when it runs, and only as much of it as it {@link Needs}.
 */
public final class Cli {

    /** The global option that shows stack traces; accepted anywhere before {@code --}. */
    static final String DEBUG = "--debug";

    private Cli() {
    }

    /** The process's command line: starts Spring only when the command needs it, and closes it after. */
    public static int main(String... args) {
        boolean debug = debug(args);
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        try (SpringLauncher launcher = new SpringLauncher(debug)) {
            return execute(launcher, debug, out, err, withoutDebug(args));
        }
    }

    /** The command line over an application that is already running (tests). */
    public static int execute(ApplicationContext context, PrintWriter out, PrintWriter err, String... args) {
        return execute(Launcher.of(context), debug(args), out, err, withoutDebug(args));
    }

    static int execute(Launcher launcher, boolean debug, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(JinpaiCommand.class, new Factory(launcher))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new Failures(debug));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static boolean debug(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals(DEBUG)) {
                return true;
            }
        }
        return false;
    }

    private static String[] withoutDebug(String[] args) {
        List<String> kept = new ArrayList<>();
        boolean options = true;
        for (String arg : args) {
            if (arg.equals("--")) {
                options = false;
            }
            if (!options || !arg.equals(DEBUG)) {
                kept.add(arg);
            }
        }
        return kept.toArray(String[]::new);
    }

    /**
     * A command class gets the launcher when it has a constructor taking one; any other class
     * (mixins, converters) is made by picocli.
     */
    private record Factory(Launcher launcher) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> constructor = type.getDeclaredConstructor(Launcher.class);
                constructor.setAccessible(true);
                return constructor.newInstance(launcher);
            }
            catch (NoSuchMethodException ex) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    /**
     * A failed start is the user's to fix: its lines and exit 2. Anything else a command throws is
     * a bug or an environment problem: one line and exit 1. The stack trace only with --debug.
     */
    private record Failures(boolean debug) implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            StartupFailure startup = StartupErrors.find(ex, StartupFailure.class);
            if (startup != null) {
                startup.lines().forEach(err::println);
            }
            else {
                err.println("jinpai " + commandLine.getCommandName() + " failed: " + StartupErrors.rootMessage(ex));
                if (!debug) {
                    err.println("(run again with --debug for the stack trace)");
                }
            }
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return startup != null ? ExitCodes.USAGE : ExitCodes.JOB_FAILED;
        }
    }
}
