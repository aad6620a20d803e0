package io.github.crosscheck.core.normalize;

/** Test helper: spells 0 to 999,999,999 in English words ("twenty-one thousand three hundred and five"). */
final class Spell {
  private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

  private Spell() {}

  static String number(long n) {
    if (n == 0) {
      return "zero";
    }
    StringBuilder out = new StringBuilder();
    long millions = n / 1_000_000;
    long thousands = n / 1000 % 1000;
    long rest = n % 1000;
    if (millions > 0) {
      out.append(below1000(millions)).append(" million");
    }
    if (thousands > 0) {
      out.append(out.length() > 0 ? " " : "").append(below1000(thousands)).append(" thousand");
    }
    if (rest > 0) {
      out.append(out.length() > 0 ? (rest < 100 ? " and " : " ") : "").append(below1000(rest));
    }
    return out.toString();
  }

  private static String below1000(long n) {
    long hundreds = n / 100;
    long rest = n % 100;
    String tail = rest == 0 ? "" : rest < 20 ? UNITS[(int) rest]
        : TENS[(int) rest / 10] + (rest % 10 == 0 ? "" : "-" + UNITS[(int) rest % 10]);
    if (hundreds == 0) {
      return tail;
    }
    return UNITS[(int) hundreds] + " hundred" + (tail.isEmpty() ? "" : " and " + tail);
  }
}
