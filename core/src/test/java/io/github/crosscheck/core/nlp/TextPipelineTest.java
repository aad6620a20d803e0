package io.github.crosscheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.text.TextSpan;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

class TextPipelineTest {
  private static final String TEXT = "Trump Says Productive Call with Xi\n\n"
      + "The two leaders spoke by phone on Friday, officials said. It was the first call in four years.\n"
      + "The long\u2011standing dispute \u2014 over the app \u2014 “solv[ing] many problems,” he wrote. "
      + "The U.S. government did not comment on Jan. 19.";

  private final TextPipeline pipeline = TextPipeline.english();

  @Test
  void headlineIsItsOwnSentence() {
    ImmutableList<Sentence> sentences = pipeline.sentences(TEXT);
    assertEquals("Trump Says Productive Call with Xi", sentences.get(0).text(TEXT));
    assertEquals("The two leaders spoke by phone on Friday, officials said.", sentences.get(1).text(TEXT));
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    List<String> texts = pipeline.sentences(TEXT).stream().map(s -> s.text(TEXT)).toList();
    assertTrue(texts.contains("The U.S. government did not comment on Jan. 19."), texts.toString());
  }

  @Test
  void clockAbbreviationBeforeAZoneDoesNotEndASentence() {
    String text = "The call began at 8 a.m. Eastern time (1200 GMT) and lasted an hour. It ended at 9 a.m. Officials left.";
    List<String> texts = pipeline.sentences(text).stream().map(s -> s.text(text)).toList();
    assertEquals(List.of("The call began at 8 a.m. Eastern time (1200 GMT) and lasted an hour.",
        "It ended at 9 a.m.", "Officials left."), texts);
  }

  @Test
  void tokensKeepExactOffsetsAcrossCurlyQuotesAndDashes() {
    for (Sentence sentence : pipeline.sentences(TEXT)) {
      for (Token token : pipeline.tokens(TEXT, sentence)) {
        assertEquals(token.text(), TEXT.substring(token.span().start(), token.span().end()));
        assertTrue(sentence.span().contains(token.span()));
      }
    }
  }

  @Test
  void tagsAreUniversalDependencies() {
    AnnotatedText annotated = pipeline.annotate("Xi spoke with Trump on Friday about 170 million users.");
    List<String> tags = annotated.sentences().get(0).tokens().stream().map(TaggedToken::tag).toList();
    assertEquals("PROPN", tags.get(0));
    assertEquals("VERB", tags.get(1));
    assertTrue(tags.contains("NUM"), tags.toString());
  }

  @Test
  void oneSharedPipelineGivesTheSameAnswersOnEightThreads() throws Exception {
    String text = TEXT.repeat(20);
    AnnotatedText expected = pipeline.annotate(text);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<AnnotatedText>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(threads.submit(() -> pipeline.annotate(text)));
      }
      for (Future<AnnotatedText> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void quickTaggingNamesTheNounBeforeADateAsTheFullBeamDoes() {
    // Short windows ending at a date, as the event-noun fallback tags them, in our own words.
    List<String> windows = List.of("after an underwater inspection on February 26",
        "the council held a hearing on March 3", "a planned walkout on Monday", "the ceasefire talks in May 2024",
        "officials said the evacuation on Sunday", "ahead of the auction on 12 June");
    for (String window : windows) {
      ImmutableList<Token> tokens = pipeline.tokens(window, new TextSpan(0, window.length()));
      ImmutableList<TaggedToken> quick = pipeline.tagQuickly(tokens);
      assertEquals(pipeline.tag(tokens), quick, window);
      assertEquals(tokens.size(), quick.size(), window);
    }
    ImmutableList<Token> inspection = pipeline.tokens(windows.get(0),
        new TextSpan(0, windows.get(0).length()));
    assertEquals("NOUN", pipeline.tagQuickly(inspection).get(2).tag());
    assertEquals(List.of(), pipeline.tagQuickly(List.of()));
  }

  @Test
  void quickTagOfOneTokenIsTheTagOfTaggingTheWholeList() {
    String text = TEXT + " After an underwater inspection on February 26, the council held a hearing on March 3.";
    for (Sentence sentence : pipeline.sentences(text)) {
      ImmutableList<Token> tokens = pipeline.tokens(text, sentence);
      ImmutableList<TaggedToken> all = pipeline.tagQuickly(tokens);
      for (int i = 0; i < tokens.size(); i++) {
        assertEquals(all.get(i).tag(), pipeline.tagQuicklyAt(tokens, i), sentence.text(text) + " @" + i);
      }
    }
  }

  @Test
  void tokensAreTheTokenModelsOwnCutsWhateverTheRunsSeenBefore() throws Exception {
    TokenizerME model;
    try (InputStream in = TextPipeline.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
      model = new TokenizerME(new TokenizerModel(in));
    }
    List<String> pieces = List.of("The", "U.S.", "don't", "can't", "$1.5bn", "(1200", "GMT)", "“solv[ing]", "problems,”",
        "long\u2011standing", "\u2014", "Jan.", "19.", "e-mail", "3-2", "p.m.", "cannot", "it's", "Trump's", "#1", "...");
    qt().withExamples(300).forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 12),
        integers().between(0, 2)).checkAssert((picks, spacing) -> {
          String space = List.of(" ", "  ", "\u00a0").get(spacing);
          String text = picks.stream().map(pieces::get).collect(java.util.stream.Collectors.joining(space));
          List<TextSpan> expected = java.util.Arrays.stream(model.tokenizePos(text))
              .map(t -> new TextSpan(t.getStart(), t.getEnd())).toList();
          List<TextSpan> actual = pipeline.tokens(text, new TextSpan(0, text.length())).stream().map(Token::span).toList();
          assertEquals(expected, actual, text);
        });
  }

  @Test
  void quickTaggingFromEightThreadsGivesOneAnswer() throws Exception {
    String text = TEXT.repeat(5);
    ImmutableList<Token> tokens = pipeline.tokens(text, new TextSpan(0, text.length()));
    ImmutableList<TaggedToken> expected = pipeline.tagQuickly(tokens);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<ImmutableList<TaggedToken>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(threads.submit(() -> pipeline.tagQuickly(tokens)));
      }
      for (Future<ImmutableList<TaggedToken>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
