package org.example.vcard;

import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.JsonPath;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.ReadContext;
import dev.profilekit.spi.TextInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one vCard into a profile. The card becomes a positioned tree in the native layout, each
 * value at the line it was written on, and {@link ModelTrees} binds it: an email the model
 * refuses is reported at its line, like any other format's. Properties vCard has and the model
 * has not are warnings, never dropped in silence.
 */
final class VCardReader implements ProfileReader {
  /** vCard property → where it goes under {@code person}. */
  private static final Map<String, String> PERSON_KEYS = Map.of(
      "FN", "name", "TITLE", "label", "EMAIL", "email", "TEL", "phone", "URL", "url", "PHOTO", "image", "NOTE", "summary");

  @Override
  public ReadResult read(Input input, ReadOptions options) {
    String text;
    try {
      text = TextInput.decode(input, options.limits());
    } catch (InputProblem problem) {
      return ReadResult.failed(List.of(problem.diagnostic()));
    }
    ReadContext context = new ReadContext(options.limits().maxDiagnostics());
    List<ContentLine> lines = ContentLine.unfold(input.name(), text);
    SourcePosition start = SourcePosition.of(input.name(), 1, 1);
    if (lines.isEmpty() || !lines.get(0).is("BEGIN", "VCARD")) {
      context.error("not-a-vcard", "a vCard starts with BEGIN:VCARD", JsonPath.ROOT, start, "give a .vcf file");
      return ReadResult.failed(context.diagnostics());
    }
    Map<String, Node.Member> person = new LinkedHashMap<>();
    Map<String, Node.Member> location = new LinkedHashMap<>();
    SourcePosition locationAt = null;
    boolean ended = false;
    for (ContentLine line : lines.subList(1, lines.size())) {
      if (line.is("END", "VCARD")) {
        ended = true;
        break;
      }
      String key = PERSON_KEYS.get(line.name());
      if (key != null) {
        if (person.containsKey(key)) {
          context.warning("vcard-repeated", line.name() + " is given again; the first one is read",
              JsonPath.key("$.person", key), line.position(), "a profile has one " + key);
        } else {
          person.put(key, member(key, line.position(), ContentLine.unescape(line.value())));
        }
      } else if (line.name().equals("ADR")) {
        locationAt = line.position();
        address(line, location);
      } else if (!List.of("VERSION", "N", "PRODID", "REV", "UID", "KIND").contains(line.name())) {
        context.warning("vcard-not-read", "the property " + line.name() + " has no place in a profile and is left out",
            JsonPath.ROOT, line.position(), null);
      }
    }
    if (!ended) {
      context.error("vcard-unterminated", "the card has no END:VCARD", JsonPath.ROOT,
          SourcePosition.of(input.name(), text.split("\n", -1).length, 1), "end the card with END:VCARD");
      return ReadResult.failed(context.diagnostics());
    }
    if (!location.isEmpty()) {
      person.put("location", new Node.Member("location", locationAt, new Node.MapNode(locationAt, location)));
    }
    Map<String, Node.Member> root = new LinkedHashMap<>();
    root.put("schemaVersion", member("schemaVersion", start, 1L));
    root.put("person", new Node.Member("person", start, new Node.MapNode(start, person)));
    ReadResult bound = ModelTrees.readProfile(new Node.MapNode(start, root), options, context.diagnostics());
    return bound;
  }

  /** {@code ADR:post office box;extended;street;locality;region;postal code;country}. */
  private static void address(ContentLine line, Map<String, Node.Member> location) {
    List<String> parts = ContentLine.splitComponents(line.value());
    String[] keys = {null, null, "address", "city", "region", "postalCode", "countryCode"};
    for (int i = 0; i < keys.length && i < parts.size(); i++) {
      if (keys[i] != null && !parts.get(i).isBlank()) {
        location.put(keys[i], member(keys[i], line.position(), parts.get(i)));
      }
    }
  }

  private static Node.Member member(String key, SourcePosition at, Object value) {
    return new Node.Member(key, at, new Node.ScalarNode(at, value));
  }

  /** One content line of a card, continuation lines joined: {@code NAME;PARAMS:value}. */
  record ContentLine(String name, String value, SourcePosition position) {
    boolean is(String name, String value) {
      return this.name.equals(name) && this.value.equalsIgnoreCase(value);
    }

    /** RFC 6350 §3.2: a line that starts with a space or tab continues the one before. */
    static List<ContentLine> unfold(String file, String text) {
      List<ContentLine> lines = new ArrayList<>();
      String[] raw = text.split("\r?\n", -1);
      StringBuilder current = null;
      int startLine = 0;
      for (int i = 0; i <= raw.length; i++) {
        boolean continues = i < raw.length && !raw[i].isEmpty() && (raw[i].charAt(0) == ' ' || raw[i].charAt(0) == '\t');
        if (continues && current != null) {
          current.append(raw[i], 1, raw[i].length());
          continue;
        }
        if (current != null && !current.isEmpty()) {
          lines.add(parse(current.toString(), SourcePosition.of(file, startLine + 1, 1)));
        }
        if (i < raw.length) {
          current = new StringBuilder(raw[i]);
          startLine = i;
        }
      }
      return lines;
    }

    private static ContentLine parse(String line, SourcePosition at) {
      int colon = line.indexOf(':');
      String head = colon < 0 ? line : line.substring(0, colon);
      int semicolon = head.indexOf(';');
      String name = (semicolon < 0 ? head : head.substring(0, semicolon)).toUpperCase(Locale.ROOT);
      int dot = name.indexOf('.'); // a group prefix: item1.EMAIL
      return new ContentLine(dot < 0 ? name : name.substring(dot + 1), colon < 0 ? "" : line.substring(colon + 1), at);
    }

    /** The text of a value: {@code \n}, {@code \,}, {@code \;} and {@code \\} stand for themselves. */
    static String unescape(String value) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\\' && i + 1 < value.length()) {
          char next = value.charAt(++i);
          out.append(next == 'n' || next == 'N' ? '\n' : next);
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }

    /** A structured value's components, split at unescaped semicolons, each unescaped. */
    static List<String> splitComponents(String value) {
      List<String> parts = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < value.length(); i++) {
        if (value.charAt(i) == '\\') {
          i++;
        } else if (value.charAt(i) == ';') {
          parts.add(unescape(value.substring(start, i)));
          start = i + 1;
        }
      }
      parts.add(unescape(value.substring(start)));
      return parts;
    }
  }
}
