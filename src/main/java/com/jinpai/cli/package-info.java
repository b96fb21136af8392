/**
 * The {@code jinpai} command line: one thin picocli class per subcommand that parses, calls a
 * service, prints, and returns the exit code (0 success, 1 job failed, 2 usage error, 3 already
 * running). No business rule lives here.
 *
 * <p><b>Nothing starts before a command runs.</b> {@link com.jinpai.cli.Cli} parses the arguments
 * without Spring: {@code --help}, {@code --version} and usage errors answer in well under a second,
 * whatever the state of the database. A command starts the application inside {@code call()}
 * through its {@link com.jinpai.cli.Launcher}, asking for only what it {@link com.jinpai.cli.Needs}:
 * nothing ({@code generate}), {@code DATABASE} (schema, job repository, schedule store, no batch
 * jobs: {@code status}, {@code history}, {@code schedule}) or {@code JOBS} (everything).
 *
 * <p><b>Adding a command</b> (say {@code check}):
 * <ol>
 * <li>Write {@code CheckCommand implements Callable<Integer>} with {@code @Command(name = "check",
 * mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n", exitCodeList = {...})}
 * and its {@code @Option}/{@code @Parameters} fields.</li>
 * <li>Give it a constructor taking the {@link com.jinpai.cli.Launcher} (picocli's factory passes
 * it); in {@code call()}, {@code launcher.bean(Needs.DATABASE, CheckService.class)} starts the
 * application and hands over the service. Never touch the launcher in a constructor or a field
 * initialiser: that would start Spring for {@code --help}. A command that needs no application
 * (like {@code generate}) has a no-argument constructor and never starts it.</li>
 * <li>Print with {@code spec.commandLine().getOut()/getErr()}, return an {@code ExitCodes} value,
 * and list the class in {@code JinpaiCommand}'s {@code subcommands}.</li>
 * <li>Offer {@code --output json} through the {@code OutputFormat} mixin when the command shows
 * state a script may read, with the document as records (see {@code Json}) documented in the
 * README.</li>
 * </ol>
 * A failed start (database unreachable, a settings file that does not parse or bind) becomes a
 * {@link com.jinpai.cli.StartupFailure}: one or two lines on stderr and exit 2, the stack trace
 * only with the global {@code --debug}. Any other exception is one line and exit 1. Tests run the
 * command line over a running context with {@code Cli.execute(context, out, err, args...)}, and as
 * real processes in {@code DoorErrorsProcessTests}.
 */
package com.jinpai.cli;
