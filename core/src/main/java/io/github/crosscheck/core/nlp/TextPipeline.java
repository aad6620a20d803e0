package io.github.crosscheck.core.nlp;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.text.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and part-of-speech tags of English text, with every span pointing into the
 * original text (never into a cleaned copy): curly quotes, non-breaking hyphens, em dashes and
 * bracketed insertions keep their offsets exactly.
 *
 * <p>Text is first cut into lines, since a line break in an article ends a headline or a paragraph;
 * the sentence model then runs within each line. The OpenNLP models load once per process from the
 * classpath ({@link #english()}), each on first use; the instance is safe to share across threads.
 */
public final class TextPipeline {
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Each model loads on first use, so a job that only needs sentences never loads the tagger. */
  private final Supplier<ThreadSafeSentenceDetectorME> sentences;
  private final Supplier<ThreadSafeTokenizerME> tokenizer;
  private final Supplier<ThreadSafePOSTaggerME> tagger;

  private TextPipeline() {
    this.sentences = Suppliers.memoize(() -> new ThreadSafeSentenceDetectorME(TextPipeline.<SentenceModel>load(SENTENCE_MODEL, SentenceModel::new)));
    this.tokenizer = Suppliers.memoize(() -> new ThreadSafeTokenizerME(TextPipeline.<TokenizerModel>load(TOKEN_MODEL, TokenizerModel::new)));
    this.tagger = Suppliers.memoize(() -> new ThreadSafePOSTaggerME(TextPipeline.<POSModel>load(POS_MODEL, POSModel::new), POSTagFormat.UD));
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

  /** The sentences of {@code text}, in order, non-overlapping, trimmed, never empty. */
  public ImmutableList<Sentence> sentences(String text) {
    requireNonNull(text, "text");
    ImmutableList.Builder<Sentence> result = ImmutableList.builder();
    int index = 0;
    for (TextSpan line : Lines.of(text)) {
      TextSpan pending = null;
      for (Span s : sentences.get().sentPosDetect(line.of(text))) {
        TextSpan span = trim(text, new TextSpan(line.start() + s.getStart(), line.start() + s.getEnd()));
        if (span.isEmpty()) {
          continue;
        }
        if (pending != null && AbbreviationRepair.joins(pending.of(text), span.of(text))) {
          pending = pending.union(span);
        } else {
          if (pending != null) {
            result.add(new Sentence(index++, pending));
          }
          pending = span;
        }
      }
      if (pending != null) {
        result.add(new Sentence(index++, pending));
      }
    }
    return result.build();
  }

  /** The tokens of one sentence of {@code text}, with spans into {@code text}. */
  public ImmutableList<Token> tokens(String text, Sentence sentence) {
    return tokens(text, sentence.span());
  }

  /** The tokens within {@code span} of {@code text}, with spans into {@code text}. */
  public ImmutableList<Token> tokens(String text, TextSpan span) {
    String slice = span.of(text);
    ImmutableList.Builder<Token> result = ImmutableList.builder();
    for (Span t : tokenizer.get().tokenizePos(slice)) {
      TextSpan tokenSpan = new TextSpan(span.start() + t.getStart(), span.start() + t.getEnd());
      if (!tokenSpan.isEmpty()) {
        result.add(new Token(tokenSpan, tokenSpan.of(text)));
      }
    }
    return result.build();
  }

  /** Universal Dependencies part-of-speech tags ({@code PROPN}, {@code VERB}, {@code NUM}, …) for the tokens of one sentence. */
  public ImmutableList<TaggedToken> tag(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return ImmutableList.of();
    }
    String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
    String[] tags = tagger.get().tag(words);
    ImmutableList.Builder<TaggedToken> result = ImmutableList.builderWithExpectedSize(tokens.size());
    for (int i = 0; i < words.length; i++) {
      result.add(new TaggedToken(tokens.get(i), tags[i] == null ? "" : tags[i]));
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

  private static TextSpan trim(String text, TextSpan span) {
    int start = span.start();
    int end = span.end();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new TextSpan(start, end);
  }
}
