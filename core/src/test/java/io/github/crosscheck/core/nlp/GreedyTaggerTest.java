package io.github.crosscheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.text.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GreedyTaggerTest {
  /** Words of every class the model's features tell apart: case, digits, affixes, symbols, non-ASCII. */
  private static final List<String> WORDS = List.of("The", "the", "U.S.", "said", "1,250", "4.5", "%", "12/03", "2024",
      "90s", "3rd", "IBM", "A", "a", "x-ray", "Ärzte", "naïve", "İstanbul", "ΣΟΦΙΑ", "talks", "first", "in", "four",
      "years", "Friday", "inspection", "—", "“", "”", "'s", "n't", ",", ".", "?", "C.", "3-2", "$", "1.5bn", "mid-2025",
      "phone", "call", "Ministers", "ok", "u", "ß", "ǅ");

  private static POSModel model;

  @BeforeAll
  static void loadModel() throws IOException {
    try (InputStream in = GreedyTaggerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      model = new POSModel(in);
    }
  }

  private static String[] sentence(List<Integer> picks) {
    return picks.stream().map(WORDS::get).toArray(String[]::new);
  }

  @Test
  void theBundledModelIsReadWithTheRememberedFeatures() {
    assertTrue(new GreedyTagger(model).usesOwnFeatures());
  }

  @Test
  void rememberedFeaturesAreTheModelsOwnAtEveryToken() {
    MaxentModel maxent = model.getArtifact("pos.model");
    String[] outcomes = new String[maxent.getNumOutcomes()];
    Arrays.setAll(outcomes, maxent::getOutcome);
    // One object throughout, so words are found in its table as well as made.
    TaggerFeatures features = new TaggerFeatures(outcomes);
    qt().withExamples(400).forAll(lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(1, 14),
        lists().of(integers().between(0, outcomes.length - 1)).ofSize(14)).checkAssert((picks, tagPicks) -> {
          String[] words = sentence(picks);
          int[] tags = tagPicks.stream().mapToInt(Integer::intValue).toArray();
          POSContextGenerator reference = model.getFactory().getPOSContextGenerator(0);
          for (int i = 0; i < words.length; i++) {
            String[] before = new String[i];
            Arrays.setAll(before, k -> outcomes[tags[k]]);
            assertArrayEquals(reference.getContext(i, words, before, null), features.at(words, i, tags),
                String.join(" ", words) + " @" + i);
          }
        });
  }

  @Test
  void tagsAreThoseOfTheModelsBeamOfOne() {
    MaxentModel maxent = model.getArtifact("pos.model");
    BeamSearch beam = new BeamSearch(1, maxent, 0);
    GreedyTagger tagger = new GreedyTagger(model);
    qt().withExamples(400).forAll(lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(1, 20))
        .checkAssert(picks -> {
          String[] words = sentence(picks);
          String[] expected = beam.bestSequence(words, null, model.getFactory().getPOSContextGenerator(0),
              model.getFactory().getSequenceValidator()).getOutcomes().toArray(String[]::new);
          assertArrayEquals(expected, tagger.tag(words), String.join(" ", words));
        });
  }

  @Test
  void aTagAskedAnywhereInAnyOrderIsTheTagOfTaggingTheWholeSentence() {
    GreedyTagger tagger = new GreedyTagger(model);
    qt().withExamples(200).forAll(lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(1, 16),
        lists().of(integers().between(0, 15)).ofSizeBetween(1, 8)).checkAssert((picks, asked) -> {
          String[] words = sentence(picks);
          String[] whole = tagger.tag(words);
          ImmutableList<Token> tokens = tokens(words);
          for (int at : asked) {
            int i = at % words.length;
            assertEquals(whole[i], tagger.tagAt(tokens, i), String.join(" ", words) + " @" + i);
          }
        });
  }

  @Test
  void aChangedMutableListIsReadAfresh() {
    GreedyTagger tagger = new GreedyTagger(model);
    List<Token> tokens = new ArrayList<>(tokens("The inspection on Friday".split(" ")));
    String before = tagger.tagAt(tokens, 1);
    tokens.set(0, new Token(new TextSpan(0, 3), "They"));
    tokens.set(1, new Token(new TextSpan(4, 9), "found"));
    assertEquals("NOUN", before);
    assertEquals(tagger.tag(new String[] {"They", "found", "on", "Friday"})[1], tagger.tagAt(tokens, 1));
  }

  private static ImmutableList<Token> tokens(String[] words) {
    ImmutableList.Builder<Token> tokens = ImmutableList.builder();
    int offset = 0;
    for (String word : words) {
      tokens.add(new Token(new TextSpan(offset, offset + word.length()), word));
      offset += word.length() + 1;
    }
    return tokens.build();
  }
}
