package io.github.crosscheck.core.claim;

import com.google.common.collect.Collections2;
import com.google.common.collect.ImmutableSortedSet;
import io.github.crosscheck.core.normalize.DerivedDate;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.normalize.Modifier;
import io.github.crosscheck.core.text.TextSpan;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a date expression into an event-date or deadline claim when the sentence says what
 * happens on that date: the nearest event or deadline cue in the same clause names the event
 * ("ruled unanimously on Friday", "Friday's call", "takes effect on Sunday", "by Sunday"). A date
 * with no cue is not a claim. A derived date ("three days before the inauguration") with no cue of
 * its own is about the event the document dated last ("it happened three days before …").
 */
final class DateClaims {
  /** Beyond this many words a cue is not about the date. */
  private static final int MAX_DISTANCE = 8;
  static final String BACK_REFERENCE = "@";
  /** How many words around a claim may name its participants. */
  private static final int WINDOW = 7;

  private DateClaims() {}

  static Optional<Claim> claim(SentenceView view, Expression date, ExtractionContext context) {
    int from = view.wordAt(date.span().start());
    int to = Math.max(from + 1, view.wordEndingBy(date.span().end()));
    Optional<TextSpan> anchor = date.value() instanceof DerivedDate derived ? Optional.of(derived.anchorSpan())
        : Optional.empty();
    Optional<Cue> cue = nearestCue(view, date.span(), from, to, anchor);
    if ((date.value().modifier() == Modifier.BY || date.value().modifier() == Modifier.UNTIL) && startsWithBy(date) && (cue.isEmpty() || !cue.get().deadline())) {
      cue = Optional.of(new Cue(from, from, "deadline", true));
    }
    if (cue.isEmpty() && anchor.isPresent() && context.lastEventType().isPresent()) {
      cue = Optional.of(new Cue(from, from, context.lastEventType().get(), false));
    }
    if (cue.isEmpty()) {
      cue = NounBeforeDate.find(view, date, from);
    }
    if (cue.isEmpty() && hasWeekdayAndDay(date)) {
      // "Tuesday, November 6, 2024": no event named, but the weekday printed beside the date is checkable.
      cue = Optional.of(new Cue(from, from, "date (unspecified @" + date.span().start() + ")", false));
    }
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    Cue found = resolveBackReference(view, cue.get(), context);
    if (found.type().equals(BACK_REFERENCE)) {
      Optional<Cue> noun = NounBeforeDate.find(view, date, from);
      if (noun.isEmpty()) {
        return Optional.empty();
      }
      found = noun.get();
    }
    TextSpan span = found.to() > found.from() ? date.span().union(view.wordSpan(found.from(), found.to())) : date.span();
    ClaimKind kind = found.deadline() ? ClaimKind.DEADLINE : ClaimKind.EVENT_DATE;
    if (kind == ClaimKind.DEADLINE) {
      found = new Cue(found.from(), found.to(), DeadlineTopics.of(view, date.span(), found.type(), date), true);
      if (found.type().equals(DeadlineTopics.START)) {
        return Optional.empty();
      }
    }
    Set<Entity> named = owner(view, found).map(Set::of).orElseGet(() -> participantsNear(view, span));
    if (kind == ClaimKind.DEADLINE) {
      // A deadline binds a thing (a bridge, a company, a law's subject); people near it are its announcers.
      named = ImmutableSortedSet.copyOf(Collections2.filter(named, e -> e.type() != EntityType.PERSON));
    }
    Set<Entity> participants = kind == ClaimKind.EVENT_DATE
        ? context.participants(found.type(), named, definite(view, found, date.span())) : named;
    if (kind == ClaimKind.EVENT_DATE) {
      context.dated(found.type(), date.value());
    }
    Evidence evidence = context.evidence(view, span);
    return Optional.of(new Claim(Claim.idOf(evidence, kind), kind, Subject.of(found.type(), participants), date.value(),
        Optional.empty(), context.attribution(view, span), evidence, context.document().published()));
  }

  /**
   * The cue closest to the words {@code [from, to)} in the same clause: a cue before the date counts
   * its distance, one after counts more, a comma between costs more again, and clause punctuation
   * between rules it out. A deadline cue beats an event cue at the same distance.
   */
  static Optional<Cue> nearestCue(SentenceView view, TextSpan date, int from, int to, Optional<TextSpan> excluded) {
    Cue best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Cue cue : view.cues()) {
      TextSpan cueSpan = view.wordSpan(cue.from(), cue.to());
      if (excluded.isPresent() && excluded.get().overlaps(cueSpan) || cueSpan.overlaps(date)) {
        continue;
      }
      int distance = cue.distanceTo(from, to);
      if (distance > MAX_DISTANCE || view.clauseBreakBetween(cueSpan.end(), date.start())
          && view.clauseBreakBetween(cueSpan.start(), date.end())) {
        continue;
      }
      int score = distance * 2 + (cue.from() >= to ? 1 : 0)
          + (view.commaBetween(Math.min(cueSpan.end(), date.end()), Math.max(cueSpan.start(), date.start())) ? 6 : 0)
          + (cue.deadline() ? 0 : 1);
      if (cue.from() >= to && view.commaBetween(date.end(), cueSpan.start())) {
        continue; // "on Monday, setting up a runoff": a comma ends what the date dates
      }
      if (cue.to() <= from && attachedToAnotherNoun(view, cue) && wordsBetween(view, cue.to(), from) >= 2) {
        continue; // "the death toll from the wildfire rose to 12 on Tuesday": Tuesday dates the rise, not the fire
      }
      if (isBy(view, cue) && cue.to() != from) {
        continue; // "by" makes a deadline only right before the date ("by Sunday"), not "backed by the U.S."
      }
      if (score < bestScore) {
        best = cue;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static final Set<String> ATTACHING = Set.of("of", "from", "into", "over", "about");
  private static final Set<String> BEFORE_DATE = Set.of("on", "in", "at");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their");
  /** "the call", "that meeting", "this visit". */
  private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "that", "this");

  /**
   * Whether the cue sits in a phrase that describes another noun ("the toll from the Harlow Ridge
   * wildfire", "the cause of the crash"): a preposition before it, past determiners and names.
   */
  private static boolean attachedToAnotherNoun(SentenceView view, Cue cue) {
    for (int k = cue.from() - 1; k >= Math.max(0, cue.from() - 4); k--) {
      Word word = view.words().get(k);
      if (ATTACHING.contains(word.lower())) {
        return true;
      }
      if (!word.isCapitalized() && !DETERMINERS.contains(word.lower())) {
        return false;
      }
    }
    return false;
  }

  /** The words in {@code [from, to)} other than a preposition that introduces a date. */
  private static int wordsBetween(SentenceView view, int from, int to) {
    int count = 0;
    for (int k = from; k < to; k++) {
      if (!BEFORE_DATE.contains(view.words().get(k).lower())) {
        count++;
      }
    }
    return count;
  }

  /** "@" cues ("took place") stand for the event named last before them in the sentence, or in the document. */
  private static Cue resolveBackReference(SentenceView view, Cue cue, ExtractionContext context) {
    if (!cue.type().equals(BACK_REFERENCE)) {
      return cue;
    }
    for (int i = view.cues().size() - 1; i >= 0; i--) {
      Cue earlier = view.cues().get(i);
      if (earlier.to() <= cue.from() && !earlier.deadline() && !earlier.type().equals(BACK_REFERENCE)
          && !earlier.type().equals("statement")) {
        return new Cue(earlier.from(), cue.to(), earlier.type(), false);
      }
    }
    return context.lastEventType().map(type -> new Cue(cue.from(), cue.to(), type, false)).orElse(cue);
  }

  private static final java.util.regex.Pattern WEEKDAY_AND_DAY = java.util.regex.Pattern.compile(
      "(?i)\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b.*\\d");

  private static boolean hasWeekdayAndDay(Expression date) {
    return date.value() instanceof io.github.crosscheck.core.normalize.DateValue value
        && value.granularity() == io.github.crosscheck.core.normalize.Granularity.DAY
        && WEEKDAY_AND_DAY.matcher(date.text()).find();
  }

  private static boolean startsWithBy(Expression date) {
    String text = date.text().toLowerCase(java.util.Locale.ROOT);
    return text.startsWith("by ") || text.startsWith("until ") || text.startsWith("no later than ");
  }

  /** "by" and "until" make a deadline only when they directly precede the date. */
  private static boolean isBy(SentenceView view, Cue cue) {
    String word = view.words().get(cue.to() - 1).lower();
    return cue.deadline() && (word.equals("by") || word.equals("until"));
  }

  /** "Friday's call", "the call": a definite mention of an event, which refers back to one named before. */
  private static boolean definite(SentenceView view, Cue cue, TextSpan date) {
    if (cue.from() == 0 || cue.to() <= cue.from()) {
      return false;
    }
    Word before = view.words().get(cue.from() - 1);
    return before.possessive() && date.overlaps(before.span()) || DEFINITE_DETERMINERS.contains(before.lower());
  }

  /** "Trump's inauguration": the owner named in the possessive right before the event word. */
  private static Optional<Entity> owner(SentenceView view, Cue cue) {
    if (cue.from() == 0 || cue.to() <= cue.from()) {
      return Optional.empty();
    }
    Word before = view.words().get(cue.from() - 1);
    if (!before.possessive()) {
      return Optional.empty();
    }
    return view.mentions().stream().filter(m -> m.span().overlaps(before.span())).map(Mention::entity)
        .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION).findFirst();
  }

  /**
   * The entities an event or deadline claim is about: the people within a few words of it in its
   * clause, else the other entities there, else the people of the whole sentence.
   */
  static Set<Entity> participantsNear(SentenceView view, TextSpan claim) {
    TextSpan clause = clauseAround(view, claim);
    int from = Math.max(0, view.wordAt(claim.start()) - WINDOW);
    int to = Math.min(view.words().size(), view.wordEndingBy(claim.end()) + WINDOW);
    TextSpan window = to > from ? view.wordSpan(from, to) : claim;
    TextSpan near = new TextSpan(Math.max(window.start(), clause.start()), Math.max(Math.max(window.start(),
        clause.start()), Math.min(window.end(), clause.end())));
    Set<Entity> nearby = view.entitiesWithin(near);
    int people = 0;
    for (Entity e : nearby) {
      people += e.type() == EntityType.PERSON ? 1 : 0;
    }
    if (people > 0 && people < nearby.size()) {
      return ImmutableSortedSet.copyOf(Collections2.filter(nearby, e -> e.type() == EntityType.PERSON));
    }
    if (people > 0) {
      return nearby; // all of them people
    }
    return nearby.isEmpty() ? view.people() : nearby;
  }

  /** The span of the clause around the claim, bounded by clause punctuation. */
  static TextSpan clauseAround(SentenceView view, TextSpan claim) {
    int start = view.span().start();
    int end = view.span().end();
    String text = view.text();
    for (int k = claim.start() - 1; k >= start; k--) {
      if (isClauseBreak(text.charAt(k))) {
        start = k + 1;
        break;
      }
    }
    for (int k = claim.end(); k < end; k++) {
      if (isClauseBreak(text.charAt(k))) {
        end = k;
        break;
      }
    }
    return new TextSpan(start, Math.max(start, end));
  }

  private static boolean isClauseBreak(char c) {
    return c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')';
  }
}
