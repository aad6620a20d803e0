package io.github.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crosscheck} command line. Exit codes: 0 when nothing at or above the {@code --fail-on}
 * level was found, 1 when something was, 2 for usage or input errors (the message names the file
 * and position).
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
    description = "Checks news articles about the same story against each other.",
    subcommands = {CheckCommand.class, NormalizeCommand.class, ScoreCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code for usage and input errors. */
  static final int INPUT_ERROR = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExitCodeExceptionMapper(e -> INPUT_ERROR);
    commandLine.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("crosscheck: " + e.getMessage());
      e.getCommandLine().usage(e.getCommandLine().getErr());
      return INPUT_ERROR;
    });
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("crosscheck: " + e.getMessage());
      return INPUT_ERROR;
    });
    return commandLine.execute(args);
  }
}
