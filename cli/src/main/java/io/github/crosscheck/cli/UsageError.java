package io.github.crosscheck.cli;

/**
 * A request the command line cannot carry out for a reason the user can fix — an output file that
 * cannot be written, an input with nothing to check. Reported as its message alone, exit code 2.
 */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message);
  }
}
