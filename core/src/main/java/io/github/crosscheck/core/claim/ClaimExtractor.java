package io.github.crosscheck.core.claim;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.nlp.Sentence;
import io.github.crosscheck.core.nlp.TextPipeline;
import io.github.crosscheck.core.normalize.ClockTimeValue;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.normalize.ExpressionKind;
import io.github.crosscheck.core.normalize.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Extracts the checkable claims of a document. A pipeline of small stages: sentences (OpenNLP),
 * words and entity mentions, a cheap trigger test, normalization of the sentence's expressions
 * against the publication time, then the claim finders (recency and contact first, since they
 * consume their own durations and dates; then dates, clock times, counts, rates, money).
 *
 * <p>Claims come out in document order with exact evidence spans. Nothing reads the clock: a
 * document with no publication time keeps its relative dates unresolved. Immutable and thread-safe;
 * create one and share it.
 */
public final class ClaimExtractor {
  private final TextPipeline pipeline;
  private final Normalizer normalizer;
  private final Gazetteer gazetteer;
  private final EntityFinder entities = new EntityFinder();

  private ClaimExtractor(TextPipeline pipeline, Normalizer normalizer, Gazetteer gazetteer) {
    this.pipeline = requireNonNull(pipeline, "pipeline");
    this.normalizer = requireNonNull(normalizer, "normalizer");
    this.gazetteer = requireNonNull(gazetteer, "gazetteer");
  }

  /** The English extractor with the bundled gazetteer. */
  public static ClaimExtractor english() {
    return new ClaimExtractor(TextPipeline.english(), Normalizer.english(), Gazetteer.standard());
  }

  /** The same extractor with another gazetteer (e.g. {@code Gazetteer.standard().plus(file)}). */
  public ClaimExtractor withGazetteer(Gazetteer other) {
    return new ClaimExtractor(pipeline, normalizer, other);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The claims of one document, in document order. */
  public ImmutableList<Claim> extract(Document document) {
    requireNonNull(document, "document");
    ExtractionContext context = new ExtractionContext(document, gazetteer);
    String text = document.text();
    List<Claim> claims = new ArrayList<>();
    SentenceWords words = SentenceWords.take();
    try {
      for (Sentence sentence : pipeline.sentences(text)) {
        words.read(text, sentence.span());
        ImmutableList<Mention> mentions = entities.find(text, words, context.entities());
        if (!Triggers.mayHoldClaim(text, words)) {
          continue;
        }
        ImmutableList<Expression> expressions = normalizer.find(text, sentence.span(), document.published());
        SentenceView view = new SentenceView(text, sentence, words, mentions, expressions, Cues.find(words));
        claimsOf(view, context, claims);
      }
    } finally {
      words.release();
    }
    return ImmutableList.sortedCopyOf(IN_DOCUMENT_ORDER, claims);
  }

  private static boolean overlapsAny(Set<Expression> used, Expression expression) {
    if (used.isEmpty()) {
      return false; // the usual case: no iterator
    }
    for (Expression u : used) {
      if (u.span().overlaps(expression.span())) {
        return true;
      }
    }
    return false;
  }

  private static final Comparator<Claim> IN_DOCUMENT_ORDER =
      Comparator.comparing((Claim c) -> c.evidence().span()).thenComparing(Claim::kind);

  /** Adds the claims of one sentence to {@code claims}. */
  private static void claimsOf(SentenceView view, ExtractionContext context, List<Claim> claims) {
    Set<Expression> used = context.usedExpressions();
    RecencyClaims.find(view, context, used, claims);
    // "in four years" read as a date overlaps the duration a recency claim used: it is used too.
    List<Expression> expressions = view.expressions();
    for (int k = 0; k < expressions.size() && !used.isEmpty(); k++) { // indexed: no iterator per sentence
      if (overlapsAny(used, expressions.get(k))) {
        used.add(expressions.get(k));
      }
    }
    // Dates first: a clock time in the same sentence takes the day of its event.
    List<Expression> ordered = datesFirst(view.others(used));
    for (int k = 0; k < ordered.size(); k++) {
      Expression expression = ordered.get(k);
      if (Normalizer.namesReferenceTime(expression.text())) {
        continue; // "has now burned": the publication time restated, no claim
      }
      Optional<Claim> claim = switch (expression.kind()) {
        case DATE -> DateClaims.claim(view, expression, context);
        case DATETIME -> DeadlineClaims.isOffset(expression) ? DeadlineClaims.inDuration(view, expression, context)
            : expression.value() instanceof ClockTimeValue ? ClockClaims.claim(view, expression, context)
            : DateClaims.claim(view, expression, context);
        case NUMBER -> MeasureClaims.count(view, expression, context);
        case PERCENT -> MeasureClaims.rateOrMoney(view, expression, ClaimKind.RATE, context);
        case MONEY -> MeasureClaims.rateOrMoney(view, expression, ClaimKind.MONEY, context);
        case DURATION -> DeadlineClaims.inDuration(view, expression, context);
      };
      if (claim.isPresent()) {
        claims.add(claim.get());
      }
    }
  }

  private static final Comparator<Expression> DATES_FIRST = Comparator.comparing((Expression e) ->
      e.kind() != ExpressionKind.DATE);

  /** The expressions, dates first and otherwise in order (stable); the list itself when it already is. */
  private static List<Expression> datesFirst(List<Expression> expressions) {
    boolean other = false;
    for (int k = 0; k < expressions.size(); k++) {
      boolean date = expressions.get(k).kind() == ExpressionKind.DATE;
      if (date && other) {
        List<Expression> ordered = new ArrayList<>(expressions);
        ordered.sort(DATES_FIRST);
        return ordered;
      }
      other |= !date;
    }
    return expressions;
  }
}
