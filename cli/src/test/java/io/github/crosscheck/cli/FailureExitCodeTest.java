package io.github.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** How failures inside a command map to exit codes: the user's problems 2, crosscheck's own bugs 3. */
class FailureExitCodeTest {
  @Command(name = "fail")
  static final class Fail implements Callable<Integer> {
    private final Exception failure;

    Fail(Exception failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      throw failure;
    }
  }

  private static Cli.Result run(Exception failure) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine().addSubcommand(new Fail(failure));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return new Cli.Result(commandLine.execute("fail"), out.toString(), err.toString());
  }

  @Test
  void bugIsAnInternalErrorWithItsStackTrace() {
    Cli.Result run = run(new IllegalStateException("a rule broke"));
    assertEquals(Main.INTERNAL_ERROR, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("crosscheck: internal error, please report it with the input that caused it: "
        + "java.lang.IllegalStateException: a rule broke\n"), run::toString);
    assertTrue(run.err().contains("java.lang.IllegalStateException: a rule broke\n\tat "), run::toString);
  }

  @Test
  void inputOrOutputFailureIsTheUsersProblem() {
    Cli.Result run = run(new IOException("No space left on device"));
    assertEquals(Main.INPUT_ERROR, run.exitCode(), run::toString);
    assertEquals("crosscheck: java.io.IOException: No space left on device\n", run.err());
  }

  @Test
  void usageErrorIsReportedByItsMessageAlone() {
    Cli.Result run = run(new UsageError("nothing to check"));
    assertEquals(Main.INPUT_ERROR, run.exitCode(), run::toString);
    assertEquals("crosscheck: nothing to check\n", run.err());
  }
}
