package io.github.crosscheck.core.normalize;

import java.util.Optional;

/**
 * Holidays: "Christmas", "Easter 2019", "last Easter", "next Thanksgiving", "this coming Mother's
 * Day", "Thanksgiving of next year", "MLK Day of last year", "Thanksgiving in a year", "Diwali six
 * years hence". Without a year or relation the tense picks the occurrence, and with no cue the
 * next one (on or after the reference). Stateless.
 */
final class HolidayDates {
  private HolidayDates() {}

  static Optional<DateParse> parse(Tokens t, int i) {
    var relation = t.is(i, "the") ? Optional.<Hit<Integer>>empty() : RelativeDates.RELATIONS.longest(t, i);
    int k = relation.map(Hit::end).orElse(i);
    var holiday = Lexicon.HOLIDAYS.longest(t, k);
    if (holiday.isEmpty()) {
      return Optional.empty();
    }
    Holiday h = holiday.get().value();
    int end = holiday.get().end();
    if (relation.isPresent()) {
      return Optional.of(DateParse.of(i, end, new DateSpec.HolidayOn(h, RelativeDates.pick(t, i, relation.get().value()), 0)));
    }
    int y = CalendarWords.skip(t, end, ",", "of", "in");
    Optional<Hit<Integer>> year = Years.parse(t, y, false);
    if (year.isPresent()) {
      return h.in(year.get().value()).map(day -> DateParse.of(i, year.get().end(), new DateSpec.Fixed(day)));
    }
    var ofYear = RelativeDates.RELATIONS.longest(t, y);
    if (y > end && ofYear.isPresent() && t.is(ofYear.get().end(), "year")) {
      return Optional.of(DateParse.of(i, ofYear.get().end() + 1, new DateSpec.HolidayOn(h, Pick.THIS, ofYear.get().value())));
    }
    var later = OffsetDates.laterReference(t, end);
    if (later.isPresent()) {
      return Optional.of(DateParse.of(i, later.get().end(),
          new DateSpec.AtShiftedReference(new DateSpec.HolidayOn(h, Pick.THIS, 0), later.get().value())));
    }
    return Optional.of(DateParse.of(i, end, new DateSpec.HolidayOn(h, Pick.TENSE, 0)));
  }
}
