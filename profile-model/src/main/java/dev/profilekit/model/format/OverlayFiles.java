package dev.profilekit.model.format;

import dev.profilekit.model.internal.overlay.OverlayFileLoader;
import java.util.Optional;

/**
 * Which overlay files {@link Profiles#read(Formats, java.nio.file.Path, Optional, ReadOptions,
 * OverlayFiles)} reads with a profile. The files the profile names ({@code translations: {de:
 * me.de.yaml}}) are always read; besides them, a chosen language's or variant's file found by
 * name ({@code me.de.yaml}, {@code me.public.yaml} beside {@code me.yaml}), or every such file.
 * See docs/overlays.md, "Overlays in files of their own".
 */
public final class OverlayFiles {
  private static final OverlayFiles LISTED = new OverlayFiles(Optional.empty(), Optional.empty(), false);
  private static final OverlayFiles EVERY_BESIDE = new OverlayFiles(Optional.empty(), Optional.empty(), true);

  private final OverlayFileLoader.Wanted wanted;

  private OverlayFiles(Optional<String> language, Optional<String> variant, boolean everyBeside) {
    this.wanted = new OverlayFileLoader.Wanted(language, variant, everyBeside);
  }

  /** {@return only the files the profile names} */
  public static OverlayFiles listed() {
    return LISTED;
  }

  /**
   * The files the profile names, and those of the chosen translation and variant found by name
   * beside it when the profile has no overlay of that name ({@code me.de.yaml}, or {@code
   * me.de.yaml} for {@code de-AT}; the profile's own extension first, then .yaml, .yml, .json).
   *
   * @param language the language to be chosen, or empty
   * @param variant the variant to be chosen, or empty
   * @return the choice
   */
  public static OverlayFiles forChoice(Optional<String> language, Optional<String> variant) {
    return language.isEmpty() && variant.isEmpty() ? LISTED : new OverlayFiles(language, variant, false);
  }

  /**
   * The files the profile names and every {@code me.X.yaml} (or .yml, .json) beside {@code
   * me.yaml}: a translation when X is a language tag (two or three letters, then subtags, as in
   * {@code pt-BR}), else a variant. What {@code profile validate} reads.
   *
   * @return the choice
   */
  public static OverlayFiles everyBeside() {
    return EVERY_BESIDE;
  }

  /**
   * Whether a file is an overlay file beside a profile ({@code me.de.yaml} beside {@code
   * me.yaml}, {@code me.yml} or {@code me.json}) rather than a profile of its own: commands that
   * take a directory read it with its profile, not alone.
   *
   * @param file a file
   * @return true when a profile it belongs to lies beside it
   */
  public static boolean isOverlayFile(java.nio.file.Path file) {
    return OverlayFileLoader.isOverlayFile(file);
  }

  OverlayFileLoader.Wanted wanted() {
    return wanted;
  }
}
