package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Currency symbols, names and ISO codes ({@code currencies.tsv} plus every code the JDK knows),
 * matched before or after an amount. An upper-case "M" before a code means millions ("30 MUSD").
 * Immutable and thread-safe.
 */
final class Currencies {
  /** A currency phrase: its code, the index after it, and the factor it applies (1, or 10^6 for "MUSD"). */
  record Hit(String code, int end, BigDecimal factor) {}

  private record Entry(String code, boolean upper) {}

  private static final BigDecimal MILLION = new BigDecimal("1e6");
  private static final ImmutableSet<String> ISO_CODES = isoCodes();
  private static final PhraseTable<Entry> PRE = table("pre");
  private static final PhraseTable<Entry> POST = table("post");

  private Currencies() {}

  /** A currency written before an amount at token {@code i}: "$", "US$", "EUR", "Rs", "MAUD". */
  static Optional<Hit> before(Tokens t, int i) {
    return match(PRE, t, i);
  }

  /** A currency written after an amount at token {@code i}: "dollars", "yuan", "USD", "元", "MEUR". */
  static Optional<Hit> after(Tokens t, int i) {
    return match(POST, t, i);
  }

  /** Lower-cased words that can start a currency written before an amount: codes and "m" + code. */
  static ImmutableSet<String> triggerWords() {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (String code : ISO_CODES) {
      String lower = code.toLowerCase(java.util.Locale.ROOT);
      words.add(lower, "m" + lower);
    }
    return words.build();
  }

  private static Optional<Hit> match(PhraseTable<Entry> table, Tokens t, int i) {
    var hit = table.longest(t, i);
    if (hit.isPresent() && (!hit.get().value().upper() || allUpper(t, i, hit.get().end())) && !article(t, i)) {
      return Optional.of(new Hit(hit.get().value().code(), hit.get().end(), BigDecimal.ONE));
    }
    if (!t.isWord(i) || !t.upperCase(i)) {
      return Optional.empty();
    }
    String code = t.w(i).toUpperCase(java.util.Locale.ROOT);
    if (code.length() == 3 && ISO_CODES.contains(code)) {
      return Optional.of(new Hit(code, i + 1, BigDecimal.ONE));
    }
    if (code.length() == 4 && code.charAt(0) == 'M' && ISO_CODES.contains(code.substring(1))) {
      return Optional.of(new Hit(code.substring(1), i + 1, MILLION));
    }
    return Optional.empty();
  }

  /** "a $5 fee" and "Warner's $1 billion suit" are dollars, not A$ or S$: a spaced "a", or an "s" after an apostrophe. */
  private static boolean article(Tokens t, int i) {
    return (t.is(i, "a") && !t.tight(i + 1) && !t.upperCase(i)) || (t.is(i, "s") && t.is(i - 1, "'"));
  }

  private static boolean allUpper(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isWord(k) && !t.upperCase(k)) {
        return false;
      }
    }
    return true;
  }

  private static PhraseTable<Entry> table(String position) {
    PhraseTable.Builder<Entry> table = PhraseTable.builder();
    for (List<String> row : Resources.rows("currencies.tsv")) {
      if (row.get(2).equals(position) || row.get(2).equals("both")) {
        table.add(row.get(0), new Entry(row.get(1), row.get(3).equals("upper")));
      }
    }
    return table.build();
  }

  private static ImmutableSet<String> isoCodes() {
    ImmutableSet.Builder<String> codes = ImmutableSet.builder();
    Currency.getAvailableCurrencies().forEach(c -> codes.add(c.getCurrencyCode()));
    return codes.add("FIM", "ESP", "NLG", "DEM", "FRF", "ITL").build();
  }
}
