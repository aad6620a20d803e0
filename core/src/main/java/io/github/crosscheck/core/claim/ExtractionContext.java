package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableSortedSet;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.normalize.NormalizedValue;
import io.github.crosscheck.core.text.TextSpan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the extraction of one document remembers from sentence to sentence: who is who, where the
 * quotations are, and for each event type the participants and date last given, so that "the call"
 * or "the leaders' first in three months" can be tied to the call named before. Mutable, confined
 * to one extraction.
 */
final class ExtractionContext {
  private final Document document;
  private final DocumentEntities entities;
  private final QuoteRegions quotes;
  private final ModalityDetector modality = new ModalityDetector();
  private final Map<String, ImmutableSortedSet<Entity>> participants = new HashMap<>();
  private final Map<String, NormalizedValue> dates = new HashMap<>();
  /** The expressions the claims of the sentence being read have consumed; one set, emptied per sentence. */
  private final Set<Expression> used = new HashSet<>();
  private String lastEventType;
  /** Events between people: when a sentence names none, they are the people the document is about. */
  private static final Set<String> INTERPERSONAL = Set.of("call", "meeting", "talks", "summit", "visit");

  ExtractionContext(Document document, Gazetteer gazetteer) {
    this.document = document;
    this.entities = new DocumentEntities(gazetteer);
    this.quotes = QuoteRegions.of(document.text());
  }

  /** The set of expressions used by the sentence about to be read: empty, and this context's own. */
  Set<Expression> usedExpressions() {
    used.clear();
    return used;
  }

  Document document() {
    return document;
  }

  DocumentEntities entities() {
    return entities;
  }

  Attribution attribution(SentenceView view, TextSpan claim) {
    return modality.detect(view, claim, quotes);
  }

  Evidence evidence(SentenceView view, TextSpan span) {
    return new Evidence(document.id(), span, span.of(view.text()), view.span(), view.sentenceText());
  }

  /**
   * The participants of an event of this type named in this sentence, completed with those of the
   * last event of the type when the sentence names fewer than two (people meet in pairs or more).
   */
  ImmutableSortedSet<Entity> participants(String eventType, Set<Entity> named) {
    return participants(eventType, named, false);
  }

  /** As above; a back reference ("the call", "Friday's call") keeps the participants named before. */
  ImmutableSortedSet<Entity> participants(String eventType, Set<Entity> named, boolean backReference) {
    ImmutableSortedSet<Entity> before = participants.get(eventType);
    if (backReference && before != null && INTERPERSONAL.contains(eventType)) {
      return before; // "ahead of Friday's call": the call named before, whoever else is near
    }
    ImmutableSortedSet<Entity> result = ImmutableSortedSet.copyOf(named);
    if (before != null && result.size() < 2 && holdsEach(before, result)) {
      result = before; // the union of the two
    }
    if (INTERPERSONAL.contains(eventType) && !namesPerson(result)) {
      // "The two men last spoke in mid-February": the people the document is about.
      result = ImmutableSortedSet.<Entity>naturalOrder().addAll(result).addAll(entities.mostMentioned(2)).build();
    }
    if (!result.isEmpty()) {
      participants.put(eventType, result);
    }
    return result;
  }

  /** Whether {@code set} holds an equal entity (same name and type) for each of {@code entities}. */
  private static boolean holdsEach(ImmutableSortedSet<Entity> set, Set<Entity> entities) {
    for (Entity e : entities) {
      Entity sameName = set.ceiling(e);
      if (sameName == null || !sameName.equals(e)) {
        return false;
      }
    }
    return true;
  }

  private static boolean namesPerson(Set<Entity> entities) {
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** Remembers that the document dated an event of this type. */
  void dated(String eventType, NormalizedValue date) {
    dates.put(eventType, date);
    lastEventType = eventType;
  }

  /** The last date the document gave an event of this type. */
  Optional<NormalizedValue> lastDate(String eventType) {
    return Optional.ofNullable(dates.get(eventType));
  }

  /** The type of the last event the document dated, for sentences that refer back ("it happened"). */
  Optional<String> lastEventType() {
    return Optional.ofNullable(lastEventType);
  }
}
