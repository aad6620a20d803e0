package io.github.crosscheck.core.nlp;

import java.util.Set;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * A sentence model's own factory, but handing each detector {@link SentenceFeatures} where the model
 * would use OpenNLP's default feature generator: the same features, made with far fewer strings.
 * Everything else (end characters, scanner, abbreviations, token ends) is the model's. Public only
 * because OpenNLP makes the factory of a model by its class name; not an API.
 */
public final class SentenceFeaturesFactory extends SentenceDetectorFactory {
  /** For OpenNLP, which makes the factory of a model by reflection and then reads its settings from the model. */
  public SentenceFeaturesFactory() {}

  private SentenceFeaturesFactory(String language, SentenceDetectorFactory model) {
    super(language, model.isUseTokenEnd(), model.getAbbreviationDictionary(), model.getEOSCharacters());
  }

  /**
   * {@code model} with this factory; {@code model} itself where the factory would not be the model's
   * own but for the features (a model naming no end characters takes its language's generator, which
   * may not be the default), or cannot be used (OpenNLP cannot load this class from where it is, say).
   */
  static SentenceModel applyTo(SentenceModel model) {
    char[] ends = model.getFactory().getEOSCharacters();
    if (ends == null || ends.length == 0 || model.getFactory().getClass() != SentenceDetectorFactory.class) {
      return model;
    }
    try {
      String language = model.getLanguage();
      return new SentenceModel(language, model.getMaxentModel(), null,
          new SentenceFeaturesFactory(language, model.getFactory()));
    } catch (RuntimeException e) {
      return model;
    }
  }

  @Override
  public SDContextGenerator getSDContextGenerator() {
    SDContextGenerator generator = super.getSDContextGenerator();
    if (generator.getClass() != DefaultSDContextGenerator.class) {
      return generator;
    }
    Set<String> abbreviations = getAbbreviationDictionary() == null ? Set.of() : getAbbreviationDictionary().asStringSet();
    return new SentenceFeatures(abbreviations, getEOSCharacters());
  }
}
