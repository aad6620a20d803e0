package io.github.crosscheck.core.nlp;

import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.text.TextPieces;
import io.github.crosscheck.core.text.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Sentences, tokens and part-of-speech tags of English text, with every span pointing into the
 * original text (never into a cleaned copy): curly quotes, non-breaking hyphens, em dashes and
 * bracketed insertions keep their offsets exactly.
 *
 * <p>Text is first cut into lines, since a line break in an article ends a headline or a paragraph;
 * the sentence model then runs within each line. Work stays linear in the text: a sentence is at
 * most {@link #MAX_SENTENCE_CHARS} long, and runs without whitespace longer than a word can be
 * are kept from the models, whose cost grows with the square of a run's length. The OpenNLP models load once per process from the
 * classpath ({@link #english()}), each on first use; the instance is safe to share across threads.
 */
public final class TextPipeline {
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Each model loads on first use, so a job that only needs sentences never loads the tagger. */
  private final Supplier<SentenceSplitter> sentences;
  private final Supplier<ThreadSafeTokenizerME> tokenizer;
  private final Supplier<ThreadSafePOSTaggerME> tagger;
  /** The tagger's model read left to right with a beam of one, per thread (its search and context keep state). */
  private final Supplier<ThreadLocal<GreedyTagger>> greedyTagger;
  /** Per thread, the token model's cuts of the runs without whitespace it read lately. */
  private final ThreadLocal<RunCuts> runCuts = ThreadLocal.withInitial(RunCuts::new);

  /** The longest sentence {@link #sentences} returns, in characters. */
  public static final int MAX_SENTENCE_CHARS = 1_000;

  private TextPipeline() {
    this.sentences = Suppliers.memoize(() -> new SentenceSplitter(
        SentenceFeaturesFactory.applyTo(TextPipeline.<SentenceModel>load(SENTENCE_MODEL, SentenceModel::new))));
    this.tokenizer = Suppliers.memoize(() -> new ThreadSafeTokenizerME(TextPipeline.<TokenizerModel>load(TOKEN_MODEL, TokenizerModel::new)));
    Supplier<POSModel> posModel = Suppliers.memoize(() -> TextPipeline.<POSModel>load(POS_MODEL, POSModel::new));
    this.tagger = Suppliers.memoize(() -> new ThreadSafePOSTaggerME(posModel.get(), POSTagFormat.UD));
    this.greedyTagger = Suppliers.memoize(() -> ThreadLocal.withInitial(() -> new GreedyTagger(posModel.get())));
  }

  /** The English pipeline, shared by the whole process; each model loads once, on first use. */
  public static TextPipeline english() {
    return EnglishHolder.INSTANCE;
  }

  private static final class EnglishHolder {
    static final TextPipeline INSTANCE = new TextPipeline();
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = TextPipeline.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }

  /**
   * The sentences of {@code text}, in order, non-overlapping, trimmed, never empty, each at most
   * {@link #MAX_SENTENCE_CHARS} long.
   */
  public ImmutableList<Sentence> sentences(String text) {
    requireNonNull(text, "text");
    List<TextSpan> spans = new ArrayList<>();
    TextWindow window = new TextWindow(text);
    Lines lines = new Lines(text);
    while (lines.advance()) {
      int lineStart = lines.start();
      // A view of the line, not a copy: the detector reads characters, copying only the short
      // stretches its features need (the model has no abbreviation list that would read it whole).
      CharSequence lineText = window.over(lineStart, lines.end());
      int pendingStart = -1; // the sentence read last, kept until the next shows it is not joined to it
      int pendingEnd = -1;
      SentenceSplitter.Sentences found = sentences.get().split(LongRuns.masked(lineText, LongRuns.of(lineText), 'x', true));
      for (int k = 0; k < found.count(); k++) {
        int start = trimmedStart(text, lineStart + found.start(k), lineStart + found.end(k));
        int end = trimmedEnd(text, start, lineStart + found.end(k));
        if (start == end) {
          continue;
        }
        if (pendingStart >= 0 && AbbreviationRepair.joins(text, pendingStart, pendingEnd, start, end)) {
          pendingStart = Math.min(pendingStart, start);
          pendingEnd = Math.max(pendingEnd, end);
        } else {
          if (pendingStart >= 0) {
            cut(text, pendingStart, pendingEnd, spans);
          }
          pendingStart = start;
          pendingEnd = end;
        }
      }
      if (pendingStart >= 0) {
        cut(text, pendingStart, pendingEnd, spans);
      }
    }
    ImmutableList.Builder<Sentence> result = ImmutableList.builderWithExpectedSize(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      result.add(new Sentence(i, spans.get(i)));
    }
    return result.build();
  }

  /**
   * Adds {@code text[from, to)} to {@code out}, cut at whitespace into pieces of at most
   * {@link #MAX_SENTENCE_CHARS}: a longer stretch without a sentence end is a list, a table or
   * hostile input, and the later stages' work per sentence must stay bounded.
   */
  private static void cut(String text, int from, int to, List<TextSpan> out) {
    int start = from;
    while (to - start > MAX_SENTENCE_CHARS) {
      int limit = start + MAX_SENTENCE_CHARS;
      int end = limit;
      while (end > start && !Character.isWhitespace(text.charAt(end))) {
        end--;
      }
      if (end == start) {
        end = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
      }
      TextSpan piece = trim(text, start, end);
      if (!piece.isEmpty()) {
        out.add(piece);
      }
      start = end;
    }
    TextSpan rest = trim(text, start, to);
    if (!rest.isEmpty()) {
      out.add(rest);
    }
  }

  /** The tokens of one sentence of {@code text}, with spans into {@code text}. */
  public ImmutableList<Token> tokens(String text, Sentence sentence) {
    return tokens(text, sentence.span());
  }

  /**
   * The tokens within {@code span} of {@code text}, with spans into {@code text}, in order. A run
   * without whitespace longer than 64 characters is one token: it is no word to split.
   */
  public ImmutableList<Token> tokens(String text, TextSpan span) {
    String slice = span.of(text);
    List<TextSpan> runs = LongRuns.of(slice);
    List<TextSpan> spans = new ArrayList<>(runs);
    // The tokenizer's own first step, whitespace, then its cuts of each run (remembered per thread).
    CharSequence masked = LongRuns.masked(slice, runs, ' ', false);
    RunCuts cuts = runCuts.get();
    java.util.function.Function<String, Span[]> model = tokenizer.get()::tokenizePos;
    for (int i = 0; i < masked.length(); ) {
      while (i < masked.length() && StringUtil.isWhitespace(masked.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < masked.length() && !StringUtil.isWhitespace(masked.charAt(i))) {
        i++;
      }
      if (i > start) {
        int[] cut = cuts.of(masked, start, i, model);
        for (int c = 0; c < cut.length; c += 2) {
          spans.add(new TextSpan(start + cut[c], start + cut[c + 1]));
        }
      }
    }
    if (!runs.isEmpty()) {
      spans.sort(null);
    }
    ImmutableList.Builder<Token> result = ImmutableList.builderWithExpectedSize(spans.size());
    TextPieces pieces = TextPieces.local();
    for (TextSpan inSlice : spans) {
      TextSpan tokenSpan = inSlice.shift(span.start());
      if (!tokenSpan.isEmpty()) {
        result.add(new Token(tokenSpan, pieces.exact(text, tokenSpan.start(), tokenSpan.end())));
      }
    }
    return result.build();
  }

  /** Universal Dependencies part-of-speech tags ({@code PROPN}, {@code VERB}, {@code NUM}, …) for the tokens of one sentence. */
  public ImmutableList<TaggedToken> tag(List<Token> tokens) {
    return tagged(tokens, words -> tagger.get().tag(words));
  }

  /**
   * Tags as {@link #tag} does, but keeps only the best tag at each token, left to right (a beam of
   * one instead of the model's three): about a third of the work and of the garbage, for callers that
   * ask about one word of a short window. The tags can differ from {@link #tag}'s where the beam
   * would have revised an early choice.
   */
  public ImmutableList<TaggedToken> tagQuickly(List<Token> tokens) {
    return tagged(tokens, words -> greedyTagger.get().get().tag(words));
  }

  /**
   * The tag {@link #tagQuickly} gives {@code tokens.get(at)}, reading no further than the tagger
   * looks ahead: read left to right, a token's best tag depends only on the tokens before it and
   * the two after it.
   */
  public String tagQuicklyAt(List<Token> tokens, int at) {
    checkElementIndex(at, tokens.size(), "at");
    return greedyTagger.get().get().tagAt(tokens, at);
  }

  /** The tokens with the tags {@code tagger} gives their words; a token the tagger leaves untagged gets "". */
  private static ImmutableList<TaggedToken> tagged(List<Token> tokens, UnaryOperator<String[]> tagger) {
    if (tokens.isEmpty()) {
      return ImmutableList.of();
    }
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    String[] tags = tagger.apply(words);
    ImmutableList.Builder<TaggedToken> result = ImmutableList.builderWithExpectedSize(tokens.size());
    for (int i = 0; i < words.length; i++) {
      result.add(new TaggedToken(tokens.get(i), i < tags.length && tags[i] != null ? tags[i] : ""));
    }
    return result.build();
  }

  /** The full pipeline: every sentence, tokenized and tagged. */
  public AnnotatedText annotate(String text) {
    ImmutableList.Builder<AnnotatedSentence> result = ImmutableList.builder();
    for (Sentence sentence : sentences(text)) {
      result.add(new AnnotatedSentence(sentence, tag(tokens(text, sentence))));
    }
    return new AnnotatedText(text, result.build());
  }

  /** The span of {@code text[from, to)} without its leading and trailing whitespace. */
  private static TextSpan trim(String text, int from, int to) {
    int start = trimmedStart(text, from, to);
    return new TextSpan(start, trimmedEnd(text, start, to));
  }

  /** Where {@code text[from, to)} starts without its leading whitespace. */
  private static int trimmedStart(String text, int from, int to) {
    int start = from;
    while (start < to && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  /** Where {@code text[from, to)} ends without its trailing whitespace. */
  private static int trimmedEnd(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
