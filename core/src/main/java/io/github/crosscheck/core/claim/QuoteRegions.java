package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.text.TextSpan;
import java.util.List;

/**
 * The quotations of a document: text between curly double quotes (“…”), or between a pair of
 * straight double quotes on one line. A curly quotation may run over several sentences but not
 * past a paragraph; an unclosed quote ends at the end of its line. Immutable.
 */
final class QuoteRegions {
  private final ImmutableList<TextSpan> regions;

  private QuoteRegions(ImmutableList<TextSpan> regions) {
    this.regions = regions;
  }

  static QuoteRegions of(String text) {
    ImmutableList.Builder<TextSpan> regions = ImmutableList.builder();
    int open = -1;
    char opener = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && open >= 0 && opener == '"') {
        open = -1;
      } else if (c == '\n' && open >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        regions.add(new TextSpan(open, i));
        open = -1;
      } else if (open < 0 && (c == '“' || c == '"')) {
        open = i + 1;
        opener = c;
      } else if (open >= 0 && (c == '”' && opener == '“' || c == '"' && opener == '"'
          || c == '“' && opener == '“')) {
        regions.add(new TextSpan(open, i));
        open = c == '“' ? i + 1 : -1;
      }
    }
    if (open >= 0 && opener == '“') {
      regions.add(new TextSpan(open, text.length()));
    }
    return new QuoteRegions(regions.build());
  }

  /** Whether the span lies inside a quotation. */
  boolean quotes(TextSpan span) {
    return regions.stream().anyMatch(r -> r.contains(span));
  }

  List<TextSpan> regions() {
    return regions;
  }
}
