package io.github.crosscheck.docs;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.crosscheck.fixtures.Stories;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs compiled snippets. A {@code main} runs with one argument, a story folder holding a copy of
 * the bundled {@code two-calls} story (the pages tell readers to pass a story folder), and its
 * standard output is returned. A class with JUnit tests runs on the JUnit Platform; every test must
 * pass, and there must be at least one.
 */
final class SnippetRunner {
  /** The story a snippet's {@code main} is given. */
  static final String MAIN_STORY = "two-calls";

  private SnippetRunner() {}

  /** Runs {@code main} on a copy of {@link #MAIN_STORY} and returns what it printed. */
  static String runMain(ClassLoader loader, String className) {
    Path folder = storyCopy();
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      Class<?> type = Class.forName(className, true, loader);
      type.getMethod("main", String[].class).invoke(null, (Object) new String[] {folder.toString()});
    } catch (InvocationTargetException e) {
      throw new AssertionError(className + ".main failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot run " + className + ".main: " + e, e);
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  /** Runs the JUnit tests of a class and fails unless at least one ran and all passed. */
  static void runTests(ClassLoader loader, String className) {
    Class<?> type;
    try {
      type = Class.forName(className, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("compiled snippet class " + className + " is missing", e);
    }
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build(), listener);
    TestExecutionSummary summary = listener.getSummary();
    if (summary.getTestsFoundCount() == 0) {
      throw new AssertionError(className + " has no test JUnit can find");
    }
    if (summary.getTotalFailureCount() > 0 || summary.getTestsSucceededCount() != summary.getTestsFoundCount()) {
      String failures = summary.getFailures().stream()
          .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
          .collect(Collectors.joining("\n"));
      throw new AssertionError(className + ": " + summary.getTestsSucceededCount() + " of "
          + summary.getTestsFoundCount() + " tests passed\n" + failures);
    }
  }

  private static Path storyCopy() {
    try {
      return Stories.copyTo(MAIN_STORY, Files.createTempDirectory("crosscheck-doc-story-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
