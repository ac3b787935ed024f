package dev.profilekit.model.check.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * The Lucene analyzer (stemming and stop words) for a profile's language, told by its front
 * matter's {@code lang} or {@code language} or its {@code x-lang} key: "de", "de-AT" and "German"
 * all give German. English when none is given.
 */
final class Languages {
  static final String DEFAULT = "en";

  private static final Map<String, Supplier<Analyzer>> ANALYZERS = Map.ofEntries(
      Map.entry("en", EnglishAnalyzer::new),
      Map.entry("de", GermanAnalyzer::new),
      Map.entry("fr", FrenchAnalyzer::new),
      Map.entry("es", SpanishAnalyzer::new),
      Map.entry("it", ItalianAnalyzer::new),
      Map.entry("nl", DutchAnalyzer::new),
      Map.entry("pt", PortugueseAnalyzer::new),
      Map.entry("sv", SwedishAnalyzer::new),
      Map.entry("da", DanishAnalyzer::new),
      Map.entry("no", NorwegianAnalyzer::new),
      Map.entry("nb", NorwegianAnalyzer::new),
      Map.entry("nn", NorwegianAnalyzer::new),
      Map.entry("fi", FinnishAnalyzer::new),
      Map.entry("ru", RussianAnalyzer::new));
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("english", "en"), Map.entry("german", "de"), Map.entry("deutsch", "de"),
      Map.entry("french", "fr"), Map.entry("français", "fr"), Map.entry("spanish", "es"),
      Map.entry("español", "es"), Map.entry("italian", "it"), Map.entry("dutch", "nl"),
      Map.entry("portuguese", "pt"), Map.entry("swedish", "sv"), Map.entry("danish", "da"),
      Map.entry("norwegian", "no"), Map.entry("finnish", "fi"), Map.entry("russian", "ru"));

  private Languages() {}

  /** The language code the profile names, lower case without region; empty when it names none. */
  static Optional<String> named(dev.profilekit.model.Profile profile) {
    Object given = profile.frontMatter().getOrDefault("lang", profile.frontMatter().get("language"));
    if (given == null) {
      // Written `x-lang` in the native format; extensions are kept without the prefix.
      given = profile.extensions().get("lang");
    }
    if (!(given instanceof String text) || text.isBlank()) {
      return Optional.empty();
    }
    String code = text.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return Optional.of(NAMES.getOrDefault(code, code));
  }

  static boolean hasAnalyzer(String code) {
    return ANALYZERS.containsKey(code);
  }

  /** The language's analyzer; Lucene's standard analyzer (no stemming, no stop words) otherwise. */
  static Analyzer analyzer(String code) {
    Supplier<Analyzer> supplier = ANALYZERS.get(code);
    return supplier != null ? supplier.get() : new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET);
  }
}
