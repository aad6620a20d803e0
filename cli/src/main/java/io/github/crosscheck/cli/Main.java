package io.github.crosscheck.cli;

import io.github.crosscheck.core.document.InputException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code crosscheck} command line. Exit codes: {@value #OK} when nothing at or above the
 * {@code --fail-on} level was found, {@value #FOUND} when something was, {@value #INPUT_ERROR} for
 * usage or input errors (the message names the file and position), and {@value #INTERNAL_ERROR}
 * when crosscheck itself failed (a bug, reported with its stack trace).
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
    description = "Checks news articles about the same story against each other.",
    subcommands = {CheckCommand.class, NormalizeCommand.class, ScoreCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code: nothing at or above the {@code --fail-on} level was found. */
  static final int OK = 0;
  /** Exit code: a finding at or above the {@code --fail-on} level was found. */
  static final int FOUND = 1;
  /** Exit code for usage and input errors. */
  static final int INPUT_ERROR = 2;
  /** Exit code for a failure of crosscheck itself. */
  static final int INTERNAL_ERROR = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line on the process's standard streams and returns its exit code. */
  public static int run(String... args) {
    CommandLine commandLine = commandLine();
    // Reports are UTF-8 whatever the platform's default charset (Java 17 still follows the locale).
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return commandLine.execute(args);
  }

  /** The configured command line; tests redirect its streams with {@code setOut} and {@code setErr}. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExitCodeExceptionMapper(e -> isUsersProblem(e) ? INPUT_ERROR : INTERNAL_ERROR);
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd));
    return commandLine;
  }

  /** A usage error: the message, suggestions for a mistyped option, and where to find help. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("crosscheck: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.print("Usage: " + cmd.getHelp().synopsis("Usage: ".length()));
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return INPUT_ERROR;
  }

  /** A failure while running a command: bad input is exit 2, anything else is a bug (exit 3). */
  private static int failure(Exception e, CommandLine cmd) {
    PrintWriter err = cmd.getErr();
    if (isUsersProblem(e)) {
      err.println("crosscheck: " + (e instanceof IOException || e instanceof UncheckedIOException ? e : e.getMessage()));
      err.flush();
      return INPUT_ERROR;
    }
    err.println("crosscheck: internal error, please report it with the input that caused it: " + e);
    e.printStackTrace(err);
    err.flush();
    return INTERNAL_ERROR;
  }

  private static boolean isUsersProblem(Throwable e) {
    // An I/O failure (a full disk, a vanished file) is the environment's problem, not a bug.
    return e instanceof ParameterException || e instanceof InputException || e instanceof UsageError
        || e instanceof IOException || e instanceof UncheckedIOException;
  }
}
