package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.text.TextSpan;
import java.util.List;

/**
 * The quotations of a document: text between double quotes, curly (“…”) or straight, in any
 * mix (news copy often opens with one and closes with the other). A quotation may run over several
 * sentences but not past the end of its line (a paragraph); an unclosed quote ends there. Immutable.
 */
final class QuoteRegions {
  private final ImmutableList<TextSpan> regions;

  private QuoteRegions(ImmutableList<TextSpan> regions) {
    this.regions = regions;
  }

  static QuoteRegions of(String text) {
    ImmutableList.Builder<TextSpan> regions = ImmutableList.builder();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) {
          regions.add(new TextSpan(open, i));
          open = -1;
        }
      } else if (open < 0 && (c == '“' || c == '"')) {
        open = i + 1;
      } else if (open >= 0 && (c == '”' || c == '"')) {
        regions.add(new TextSpan(open, i));
        open = -1;
      } else if (open >= 0 && c == '“') {
        regions.add(new TextSpan(open, i));
        open = i + 1;
      }
    }
    if (open >= 0) {
      regions.add(new TextSpan(open, text.length()));
    }
    return new QuoteRegions(regions.build());
  }

  /** Whether the span lies inside a quotation. */
  boolean quotes(TextSpan span) {
    for (int k = 0; k < regions.size(); k++) {
      if (regions.get(k).contains(span)) {
        return true;
      }
    }
    return false;
  }

  List<TextSpan> regions() {
    return regions;
  }
}
