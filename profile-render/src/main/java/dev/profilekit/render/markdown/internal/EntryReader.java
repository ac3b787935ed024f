package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Limits;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.TreeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads back what {@link EntryWriter} wrote: one entry's tree, positioned in the page. */
final class EntryReader {
  static final String UNTITLED = "~untitled";
  private static final String SHOWN_ONLY = "";
  private static final Pattern FIELD = Pattern.compile("- \\*\\*([^*\\n]+):\\*\\*(?: (.*))?");
  private static final Pattern ITEM = Pattern.compile(" {2}- (.*)");

  private final SourceText source;
  private final Limits limits;
  private final List<Diagnostic> diagnostics;
  /** The page's words, known once its front matter is read. */
  private MarkdownWords words = MarkdownWords.english();

  EntryReader(SourceText source, Limits limits, List<Diagnostic> diagnostics) {
    this.source = source;
    this.limits = limits;
    this.diagnostics = diagnostics;
  }

  void words(MarkdownWords pageWords) {
    this.words = pageWords;
  }

  Node.MapNode read(Layouts.Layout layout, Outline.Part part) {
    Trees.MapBuilder entry = new Trees.MapBuilder(source.position(part.headingStart));
    if (!layout.titleKey().isEmpty()) {
      SourcePosition titleAt = source.position(part.titleStart);
      entry.put(layout.titleKey(), Trees.scalar(titleAt, layout.rawTitle() ? part.title : Escaping.unescape(part.title)));
    }
    String text = source.text();
    int at = part.contentStart;
    if (part.marker.isEmpty()) {
      // A hand-written entry may leave a blank line before its fields.
      while (at < part.end && text.charAt(at) == '\n') {
        at++;
      }
    }
    String listKey = null;
    List<Node> listItems = null;
    SourcePosition listAt = null;
    while (at < part.end) {
      int next = Math.min(source.nextLineStart(at), part.end);
      String line = text.substring(at, next).replaceFirst("\n$", "");
      Matcher field = FIELD.matcher(line);
      Matcher item = ITEM.matcher(line);
      if (listKey != null && item.matches()) {
        listItems.add(Trees.scalar(source.position(at + 4), Escaping.unescape(item.group(1))));
      } else if (field.matches()) {
        if (listKey != null && !listKey.equals(SHOWN_ONLY)) {
          entry.put(listKey, Trees.list(listAt, listItems));
        }
        listKey = null;
        SourcePosition valueAt = source.position(at + Math.max(0, field.start(2)));
        String label = field.group(1);
        String value = field.group(2);
        if (value == null && words.isShownOnly(label)) {
          listKey = SHOWN_ONLY;
          listItems = new ArrayList<>();
          listAt = valueAt;
        } else if (value == null) {
          Optional<String> key = words.fieldOf(layout, label);
          if (key.isPresent()) {
            listKey = key.get();
            listItems = new ArrayList<>();
            listAt = valueAt;
          } else {
            unknownLabel(label, valueAt);
          }
        } else {
          field(layout, entry, label, value, valueAt);
        }
      } else {
        break;
      }
      at = next;
    }
    if (listKey != null && !listKey.equals(SHOWN_ONLY)) {
      entry.put(listKey, Trees.list(listAt, listItems));
    }
    int proseStart = at;
    String prose = Outline.content(source, proseStart, part.end);
    if (!prose.isEmpty() && layout.proseKey().isPresent()) {
      int firstChar = proseStart + (text.startsWith("\n", proseStart) ? 1 : 0);
      entry.put(layout.proseKey().get(), Trees.scalar(source.position(firstChar), prose));
    } else if (!prose.isBlank()) {
      diagnostics.add(
          warning("unplaced-text", "text under this entry has no place in a " + layout.noun().toLowerCase() + " and was not read",
              source.position(proseStart)));
    }
    part.marker.ifPresent(marker -> hidden(marker, part.markerStart, entry, layout.titleKey()));
    return entry.build();
  }

  /** Adds the marker's JSON to {@code into}; its keys win over what the visible text says. */
  void hidden(Marker marker, int lineStart, Trees.MapBuilder into, String titleKey) {
    if (marker.json().isEmpty()) {
      return;
    }
    try {
      int line = source.lineOf(lineStart);
      Node json = TreeText.parse(TreeText.Syntax.JSON, limits, source.file(), marker.json().get(), line - 1);
      if (json instanceof Node.MapNode map) {
        into.putAll(map);
        if (into.has(UNTITLED)) {
          // The heading only names the kind of entry: the entry has no title.
          into.remove(UNTITLED);
          if (!map.members().containsKey(titleKey)) {
            into.remove(titleKey);
          }
        }
      }
    } catch (InputProblem problem) {
      diagnostics.add(problem.diagnostic());
    }
  }

  private void field(Layouts.Layout layout, Trees.MapBuilder entry, String label, String value, SourcePosition at) {
    if (words.isShownOnly(label)) {
      return;
    }
    if (words.isWhen(label)) {
      Optional<PartialDate[]> period = words.parsePeriod(value);
      if (period.isEmpty()) {
        diagnostics.add(
            error("bad-date", "not a period: \"" + value + "\"", at, "write e.g. " + words.periodExample()));
        return;
      }
      if (period.get()[0] != null) {
        entry.put("startDate", Trees.scalar(at, period.get()[0].toString()));
      }
      if (period.get()[1] != null) {
        entry.put("endDate", Trees.scalar(at, period.get()[1].toString()));
      }
      return;
    }
    Optional<String> key = words.fieldOf(layout, label);
    if (key.isEmpty()) {
      unknownLabel(label, at);
      return;
    }
    String name = key.get();
    if (Layouts.DATES.contains(name)) {
      Optional<PartialDate> date = words.parseDate(value);
      if (date.isEmpty()) {
        diagnostics.add(error("bad-date", "not a date: \"" + value + "\"", at, "write e.g. " + words.dateExample()));
      } else {
        entry.put(name, Trees.scalar(at, date.get().toString()));
      }
    } else if (name.equals("url") || name.equals("image")) {
      String url = value.strip();
      entry.put(name, Trees.scalar(at, url.startsWith("<") && url.endsWith(">") ? url.substring(1, url.length() - 1) : url));
    } else if (Layouts.COMMA_LISTS.contains(name)) {
      List<Node> items = new ArrayList<>();
      for (String item : value.split(", ")) {
        items.add(Trees.scalar(at, Escaping.unescape(item)));
      }
      entry.put(name, Trees.list(at, items));
    } else {
      entry.put(name, Trees.scalar(at, Escaping.unescape(value)));
    }
  }

  private void unknownLabel(String label, SourcePosition at) {
    diagnostics.add(warning("unknown-field", "no field is labelled `" + label + "`; the line was not read", at));
  }

  private static Diagnostic warning(String code, String message, SourcePosition at) {
    return Diagnostic.warning(code, message).withPosition(at);
  }

  private static Diagnostic error(String code, String message, SourcePosition at, String hint) {
    return Diagnostic.error(code, message).withPosition(at).withHint(hint);
  }
}
