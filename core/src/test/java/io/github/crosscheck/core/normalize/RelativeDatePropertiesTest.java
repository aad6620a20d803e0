package io.github.crosscheck.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.crosscheck.core.document.PublicationTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Relative dates move with the reference, weekdays stay within a week of it, clocks follow DST. */
class RelativeDatePropertiesTest {
  private static final List<String> WEEKDAY_SENTENCES = List.of(
      "The minister spoke on %s.", "The minister will speak on %s.", "Senate vote %s");
  private static final List<String> SHIFTING = List.of("It happened 3 days ago.", "It will happen in 10 days.",
      "It happened yesterday.", "It happens tomorrow.", "It happens the day after tomorrow.",
      "It will happen in two weeks.", "It happened a week ago.", "It happens today.");

  private static LocalDate resolve(String text, LocalDate ref) {
    Expression e = Normalizer.english().find(text, Optional.of(PublicationTime.ofDate(ref))).stream()
        .filter(x -> x.kind() == ExpressionKind.DATE).findFirst()
        .orElseThrow(() -> new AssertionError("no date in " + text));
    return ((DateValue) e.value()).first();
  }

  @Test
  void aWeekdayResolvesToThatWeekdayWithinSevenDays() {
    qt().withExamples(400).forAll(NormalizerPropertiesTest.dates(), integers().between(1, 7), integers().between(0, 2))
        .checkAssert((ref, dow, form) -> {
          String name = DayOfWeek.of(dow).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
          LocalDate d = resolve(String.format(WEEKDAY_SENTENCES.get(form), name), ref);
          long gap = ChronoUnit.DAYS.between(ref, d);
          assertEquals(DayOfWeek.of(dow), d.getDayOfWeek());
          assertTrue(Math.abs(gap) <= 6, () -> "too far: " + d + " from " + ref);
          assertTrue(form == 0 ? gap <= 0 : gap >= 0, () -> "wrong direction: " + d + " from " + ref);
        });
  }

  @Test
  void shiftingTheReferenceByDeltaDaysShiftsTheResultByDeltaDays() {
    qt().withExamples(300).forAll(NormalizerPropertiesTest.dates(), integers().between(-400, 400),
        integers().between(0, SHIFTING.size() - 1)).checkAssert((ref, delta, form) -> {
          String text = SHIFTING.get(form);
          assertEquals(resolve(text, ref).plusDays(delta), resolve(text, ref.plusDays(delta)), text);
        });
  }

  @Test
  void shiftingTheReferenceByWholeWeeksShiftsAWeekdayByTheSame() {
    qt().withExamples(200).forAll(NormalizerPropertiesTest.dates(), integers().between(-60, 60), integers().between(1, 7))
        .checkAssert((ref, weeks, dow) -> {
          String text = "The talks ended on " + DayOfWeek.of(dow).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ".";
          assertEquals(resolve(text, ref).plusWeeks(weeks), resolve(text, ref.plusWeeks(weeks)));
        });
  }

  @Test
  void easternClockTimesFollowTheZoneRulesOnEveryDay() {
    ZoneId eastern = ZoneId.of("America/New_York");
    qt().withExamples(300).forAll(NormalizerPropertiesTest.dates(), integers().between(0, 23)).checkAssert((day, hour) -> {
      String clock = (hour % 12 == 0 ? 12 : hour % 12) + (hour < 12 ? " a.m." : " p.m.");
      String text = "Polls open at " + clock + " Eastern time on " + day.getMonth().getDisplayName(TextStyle.FULL,
          Locale.ENGLISH) + " " + day.getDayOfMonth() + ", " + day.getYear() + ".";
      ClockTimeValue v = (ClockTimeValue) Normalizer.english().find(text, Optional.empty()).stream()
          .filter(e -> e.kind() == ExpressionKind.DATETIME).findFirst().orElseThrow().value();
      Instant expected = LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(eastern).toInstant();
      assertEquals(expected, v.instant().orElseThrow(), text);
    });
  }
}
