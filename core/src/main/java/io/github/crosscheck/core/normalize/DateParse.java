package io.github.crosscheck.core.normalize;

import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/**
 * A date expression parsed at tokens {@code [start, end)}: what it says, which part of the period
 * it names, the duration an offset date contains ("15 years" in "in 15 years") and a modifier the
 * expression carries itself ("within 3 days" is a deadline: BY).
 */
record DateParse(int start, int end, DateSpec spec, DatePart part, Optional<Offset> offset, Modifier modifier) {

  /** The "N units" of an offset expression, at tokens {@code [start, end)}. */
  record Offset(int start, int end, Period period, Duration time) {}

  DateParse(int start, int end, DateSpec spec, DatePart part, Optional<Offset> offset) {
    this(start, end, spec, part, offset, Modifier.EXACT);
  }

  static DateParse of(int start, int end, DateSpec spec) {
    return new DateParse(start, end, spec, DatePart.WHOLE, Optional.empty(), Modifier.EXACT);
  }

  DateParse from(int newStart) {
    return new DateParse(newStart, end, spec, part, offset, modifier);
  }

  DateParse to(int newEnd) {
    return new DateParse(start, newEnd, spec, part, offset, modifier);
  }

  DateParse withPart(int newStart, DatePart newPart) {
    return new DateParse(newStart, end, spec, newPart, offset, modifier);
  }
}
