package io.github.crosscheck.core.text;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with one matcher per thread, reset onto each text it is asked about: a matcher made per
 * use allocates its state arrays every time, and the extraction matches its patterns at most
 * sentences. A caller must be done with the matcher (its groups read) before anything that may match
 * the same pattern on the same thread runs. Thread-safe.
 */
public final class ReusedMatcher {
  private final Pattern pattern;
  private final ThreadLocal<Matcher> local;

  public ReusedMatcher(Pattern pattern) {
    this.pattern = requireNonNull(pattern, "pattern");
    this.local = ThreadLocal.withInitial(() -> pattern.matcher(""));
  }

  /** This thread's matcher, reset onto {@code text}. */
  public Matcher on(CharSequence text) {
    return local.get().reset(text);
  }

  /** This thread's matcher, reset onto {@code text[start, end)} as a region with the default (opaque, anchoring) bounds. */
  public Matcher on(CharSequence text, int start, int end) {
    return local.get().reset(text).region(start, end);
  }

  public Pattern pattern() {
    return pattern;
  }
}
