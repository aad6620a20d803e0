package io.github.crosscheck.core.nlp;

import io.github.crosscheck.core.text.SeenLately;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features the bundled part-of-speech model reads at one token, as its own feature generator
 * ({@code generator.featuregen} in the model) makes them, in the same order: the prior, the word's
 * suffixes and prefixes of up to four characters, the lower-cased words two either side, the
 * sentence's beginning within two tokens, the word's character class, and the two tags before.
 *
 * <p>Only the last two depend on where the word stands. The rest are remembered per word for the
 * words seen lately, in a fixed table (a new word takes the slot of an older one), so a common word's
 * strings are made once, not at every token; the generator makes about thirty strings a token. The
 * model's generator is the reference: {@link GreedyTagger} uses these features only after checking
 * them against it, and a test compares the two on random sentences. Mutable and not thread-safe: one
 * per thread.
 */
final class TaggerFeatures {
  /** Words remembered; a power of two. */
  private static final int SLOTS = 2048;
  /** The model's affixes are up to this long. */
  private static final int AFFIX = 4;
  /** The model's window: words read either side. */
  private static final int WINDOW = 2;
  private static final String[] SENTENCE_BEGIN = {"S=begin", "p1S=begin", "p2S=begin"};

  /** One word's features that do not depend on where it stands. */
  private record WordFeatures(String[] affixes, String word, String[] before, String[] after, String wordClass,
      String wordAndClass) {}

  private final SeenLately<WordFeatures> words = new SeenLately<>(SLOTS);
  private final String[] outcomes;
  /** {@code "t=" + tag}, by the tag's outcome index, made on first use. */
  private final String[] previousTag;
  /** {@code "t2=" + tag two before + "," + tag before}, by the two outcome indexes, made on first use. */
  private final String[] previousTwoTags;
  private final FeatureArrays arrays = new FeatureArrays();

  /** Features for a model whose outcomes (tags) are {@code outcomes}, by index. */
  TaggerFeatures(String[] outcomes) {
    this.outcomes = outcomes.clone();
    this.previousTag = new String[outcomes.length];
    this.previousTwoTags = new String[outcomes.length * outcomes.length];
  }

  /**
   * The features at {@code sentence[index]}, given the outcome indexes of the tags chosen before it. The
   * array is this object's and is handed out again by the next call.
   */
  String[] at(String[] sentence, int index, int[] chosen) {
    WordFeatures word = of(sentence[index]);
    int before = Math.min(WINDOW, index);
    int after = Math.min(WINDOW, sentence.length - 1 - index);
    int count = 1 + word.affixes.length + 1 + before + after + (index <= WINDOW ? 1 : 0) + 2
        + Math.min(2, index);
    String[] context = arrays.of(count);
    int n = 0;
    context[n++] = "def";
    for (String affix : word.affixes) {
      context[n++] = affix;
    }
    context[n++] = word.word;
    for (int k = 1; k <= before; k++) {
      context[n++] = of(sentence[index - k]).before[k - 1];
    }
    for (int k = 1; k <= after; k++) {
      context[n++] = of(sentence[index + k]).after[k - 1];
    }
    if (index <= WINDOW) {
      context[n++] = SENTENCE_BEGIN[index];
    }
    context[n++] = word.wordClass;
    context[n++] = word.wordAndClass;
    if (index >= 1) {
      context[n++] = previousTag(chosen[index - 1]);
    }
    if (index >= 2) {
      context[n++] = previousTwoTags(chosen[index - 2], chosen[index - 1]);
    }
    return context;
  }

  private String previousTag(int tag) {
    String feature = previousTag[tag];
    if (feature == null) {
      feature = "t=" + outcomes[tag];
      previousTag[tag] = feature;
    }
    return feature;
  }

  private String previousTwoTags(int first, int second) {
    int slot = first * outcomes.length + second;
    String feature = previousTwoTags[slot];
    if (feature == null) {
      feature = "t2=" + outcomes[first] + "," + outcomes[second];
      previousTwoTags[slot] = feature;
    }
    return feature;
  }

  /** The word's features, from the table or made and put there. */
  private WordFeatures of(String word) {
    int slot = words.find(word, 0, word.length(), false);
    if (slot >= 0) {
      return words.value(slot);
    }
    WordFeatures made = make(word);
    words.put(slot, word, made);
    return made;
  }

  private static WordFeatures make(String word) {
    int affixes = Math.min(AFFIX, word.length());
    String[] affix = new String[2 * affixes];
    for (int i = 0; i < affixes; i++) {
      affix[i] = "suf=" + word.substring(word.length() - i - 1);
      affix[affixes + i] = "pre=" + word.substring(0, i + 1);
    }
    String lower = "w=" + StringUtil.toLowerCase(word);
    String[] before = new String[WINDOW];
    String[] after = new String[WINDOW];
    for (int k = 1; k <= WINDOW; k++) {
      before[k - 1] = "p" + k + lower;
      after[k - 1] = "n" + k + lower;
    }
    String wordClass = FeatureGeneratorUtil.tokenFeature(word);
    return new WordFeatures(affix, lower, before, after, "wc=" + wordClass,
        "w&c=" + lower.substring(2) + "," + wordClass);
  }
}
