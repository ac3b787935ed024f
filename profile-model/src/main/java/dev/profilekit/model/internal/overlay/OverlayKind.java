package dev.profilekit.model.internal.overlay;

/** What an overlay is for: a translation merges text only; a variant may also add and remove. */
enum OverlayKind {
  TRANSLATION("translation", "translations"),
  VARIANT("variant", "variants");

  private final String word;
  private final String key;

  OverlayKind(String word, String key) {
    this.word = word;
    this.key = key;
  }

  /** {@return the word for messages} */
  String word() {
    return word;
  }

  /** {@return the profile's key that holds overlays of this kind} */
  String key() {
    return key;
  }
}
