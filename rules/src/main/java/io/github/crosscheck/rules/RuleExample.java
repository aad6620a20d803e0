package io.github.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One example of a rule's catalogue entry: sources written as {@code "[name 2025-02-03] text"}
 * (the date may be {@code ?} for unknown), where {@code {{…}}} marks the text a finding must cite.
 * An example whose sources carry no marks must produce no finding from the rule. Examples run as
 * tests and are rendered into the documentation. Immutable.
 */
public record RuleExample(ImmutableList<Source> sources) {
  private static final Pattern HEADER = Pattern.compile("^\\[(\\S+) (\\S+)\\] (.*)$", Pattern.DOTALL);
  private static final Pattern MARK = Pattern.compile("\\{\\{(.+?)}}");

  /** One source of an example: its name, publication time, clean text and marked spans. */
  public record Source(String name, Optional<PublicationTime> published, String text, ImmutableList<TextSpan> marks) {
    public Source {
      requireNonNull(name, "name");
      requireNonNull(published, "published");
      requireNonNull(text, "text");
      requireNonNull(marks, "marks");
    }

    public Document toDocument() {
      return new Document(name, Optional.empty(), Optional.empty(), published, text);
    }

    /** The source as written in the rule, marks included. */
    public String written() {
      StringBuilder out = new StringBuilder();
      int at = 0;
      for (TextSpan mark : marks) {
        out.append(text, at, mark.start()).append("{{").append(mark.of(text)).append("}}");
        at = mark.end();
      }
      return out.append(text.substring(at)).toString();
    }
  }

  public RuleExample {
    requireNonNull(sources, "sources");
    checkArgument(!sources.isEmpty(), "an example needs at least one source");
  }

  /**
   * Parses {@code "[wire 2025-02-03] The tariffs take effect on {{March 1}}."} sources.
   *
   * @throws IllegalArgumentException naming the source that is not in that form
   */
  public static RuleExample parse(String... written) {
    ImmutableList.Builder<Source> sources = ImmutableList.builder();
    for (String source : written) {
      Matcher header = HEADER.matcher(source);
      checkArgument(header.matches(), "example source must look like \"[name 2025-02-03] text\": %s", source);
      String date = header.group(2);
      Optional<PublicationTime> published = date.equals("?") ? Optional.empty()
          : Optional.of(PublicationTime.parse(date));
      String body = header.group(3);
      StringBuilder clean = new StringBuilder();
      List<TextSpan> marks = new ArrayList<>();
      Matcher mark = MARK.matcher(body);
      int at = 0;
      while (mark.find()) {
        clean.append(body, at, mark.start());
        int start = clean.length();
        clean.append(mark.group(1));
        marks.add(new TextSpan(start, clean.length()));
        at = mark.end();
      }
      clean.append(body.substring(at));
      sources.add(new Source(header.group(1), published, clean.toString(), ImmutableList.copyOf(marks)));
    }
    return new RuleExample(sources.build());
  }

  /** Whether the example expects a finding (some source carries a mark). */
  public boolean expectsFinding() {
    return sources.stream().anyMatch(s -> !s.marks().isEmpty());
  }
}
