package dev.profilekit.model.internal.tree;

/** Finds half of a UTF-16 pair standing alone: text no UTF-8 output can carry. */
public final class LoneSurrogates {
  private LoneSurrogates() {}

  /** The index of the first lone surrogate in {@code text}, or -1 when every pair is whole. */
  public static int indexOf(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
