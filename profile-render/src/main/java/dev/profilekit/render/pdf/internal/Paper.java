package dev.profilekit.render.pdf.internal;

import java.util.Locale;
import java.util.Map;

/** The paper the PDF is laid out on, from the writer's {@code paper} setting. */
enum Paper {
  A4("a4", "A4"),
  LETTER("letter", "letter");

  static final String SETTING = "pdf.paper";

  private final String id;
  private final String cssSize;

  Paper(String id, String cssSize) {
    this.id = id;
    this.cssSize = cssSize;
  }

  /** The CSS {@code @page size} value. */
  String cssSize() {
    return cssSize;
  }

  /** A4 unless the settings say otherwise; an unknown paper is refused with the known ones. */
  static Paper of(Map<String, String> settings) {
    String wanted = settings.get(SETTING);
    if (wanted == null) {
      return A4;
    }
    String key = wanted.strip().toLowerCase(Locale.ROOT);
    if (key.equals("us-letter") || key.equals("usletter")) {
      return LETTER;
    }
    for (Paper paper : values()) {
      if (paper.id.equals(key)) {
        return paper;
      }
    }
    throw new IllegalArgumentException("unknown paper '" + wanted + "' for " + SETTING + " (known: a4, letter)");
  }
}
