package dev.profilekit.render.jsonresume.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of the native tree came from in the JSON Resume document, so diagnostics from
 * the native codecs point at the JSON Resume path ({@code $.basics.profiles[0].url}, not
 * {@code $.person.links[0].url}). A recorded path stands for everything under it.
 */
final class PathMap {
  private final Map<String, String> nativeToResume = new HashMap<>();

  void record(String nativePath, String resumePath) {
    if (!nativePath.equals(resumePath)) {
      nativeToResume.put(nativePath, resumePath);
    }
  }

  String toResume(String nativePath) {
    String current = nativePath;
    while (true) {
      String mapped = nativeToResume.get(current);
      if (mapped != null) {
        return mapped + nativePath.substring(current.length());
      }
      int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      if (cut <= 0) {
        return nativePath;
      }
      current = current.substring(0, cut);
    }
  }
}
