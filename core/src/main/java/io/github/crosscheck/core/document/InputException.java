package io.github.crosscheck.core.document;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * Input that cannot be read as documents. The message always names the source (a file, or a feed
 * and its line) and what is wrong; {@link #problem()} classifies it for programs. Unchecked, like
 * every error a caller's data can cause in this library.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the input. */
  public enum Problem {
    MISSING_FILE,
    UNREADABLE,
    INVALID_UTF8,
    MALFORMED_JSON,
    MISSING_FIELD,
    INVALID_DATE,
    DUPLICATE_ID,
    EMPTY_TEXT,
    TOO_LARGE,
    TOO_MANY_DOCUMENTS
  }

  private final Problem problem;
  private final String source;
  private final int line;
  private final int column;

  private InputException(Problem problem, String source, int line, int column, String detail, Throwable cause) {
    super(location(source, line, column) + ": " + detail, cause);
    this.problem = requireNonNull(problem, "problem");
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.column = column;
  }

  /** A problem with a whole file or document. */
  public static InputException of(Problem problem, String source, String detail) {
    return new InputException(problem, source, 0, 0, detail, null);
  }

  /** A problem at a 1-based line (and optionally 1-based column, 0 when unknown) of a source. */
  public static InputException at(Problem problem, String source, int line, int column, String detail) {
    return new InputException(problem, source, line, column, detail, null);
  }

  /** As {@link #at}, keeping the underlying cause. */
  public static InputException at(
      Problem problem, String source, int line, int column, String detail, Throwable cause) {
    return new InputException(problem, source, line, column, detail, cause);
  }

  private static String location(String source, int line, int column) {
    if (line <= 0) {
      return source;
    }
    return column <= 0 ? source + ":" + line : source + ":" + line + ":" + column;
  }

  public Problem problem() {
    return problem;
  }

  /** The file (or other source name) the problem is in. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, when the source is line-oriented. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** The 1-based column (character within the line) of the problem, when known. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }
}
