package dev.profilekit.model.target;

import dev.profilekit.model.PartialDate;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.internal.codec.Paths;
import dev.profilekit.model.internal.tree.TextDecoder;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.PostingDraft;
import dev.profilekit.spi.ReadContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a posting pasted as plain text (from a careers page, an e-mail, a PDF), the way such
 * text is laid out:
 * <ul>
 *   <li>the first line is the title; lines right under it such as {@code Company: …},
 *       {@code URL: …}, {@code Date: …} (or {@code Posted:}) give those; other {@code Key: value}
 *       lines there are kept as extensions ({@code location}, {@code salary}…);
 *   <li>a line followed by bullets ({@code -}, {@code *}, {@code •}, {@code –}, {@code 1.}…) is
 *       their heading, and the bullets one requirement group titled by it (preferred when the
 *       heading says so, responsibilities under "What you will do"…); an indented bullet is a
 *       requirement too, and an indented line without a bullet continues the one above;
 *   <li>every other line goes to the description as written, paragraphs kept, so no text is lost.
 * </ul>
 * Ids are made as for {@link JobPostingReader}. Thread-safe.
 */
public final class TextPostingReader implements TargetReader {
  private static final Pattern BULLET = Pattern.compile("^([ \\t]*)(?:[-*+•–—·▪◦‣]|\\d{1,3}[.)])[ \\t]+(.*)$");
  private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z ]{1,30}):[ \\t]+(\\S.*)$");
  private static final Pattern UNDERLINE = Pattern.compile("^[ \\t]*(?:=+|-{3,})[ \\t]*$");
  private static final int MAX_HEADING = 120;

  /** A reader; it keeps no state, so one can be shared. */
  public TextPostingReader() {}

  @Override
  public TargetReadResult read(Input input, ReadOptions options) {
    String text;
    try {
      text = TextDecoder.decode(input, options.limits()).replace("\r\n", "\n").replace('\r', '\n');
    } catch (InputProblem problem) {
      return TargetReadResult.failed(List.of(problem.diagnostic()));
    }
    ReadContext context = new ReadContext(options.limits().maxDiagnostics());
    List<String> lines = List.of(text.split("\n", -1));
    PostingDraft draft = new PostingDraft();
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    if (i < lines.size() && !BULLET.matcher(lines.get(i)).matches()) {
      draft.title = stripHeading(lines.get(i));
      i++;
      if (i < lines.size() && UNDERLINE.matcher(lines.get(i)).matches()) {
        i++;
      }
      i = header(lines, i, draft, context, input.name());
    }
    body(lines, i, draft);
    if (draft.title == null || draft.title.isEmpty()) {
      context.error("missing-title", "the posting has no title", Paths.ROOT, SourcePosition.of(input.name(), 1, 1),
          "put the role's title on the first line");
      return TargetReadResult.failed(context.diagnostics());
    }
    return TargetReadResult.of(draft.toTarget(), context.diagnostics());
  }

  /** The {@code Key: value} lines under the title; returns the index of the first line after them. */
  private static int header(List<String> lines, int from, PostingDraft draft, ReadContext context, String name) {
    int i = from;
    while (i < lines.size()) {
      Matcher field = FIELD.matcher(lines.get(i).strip());
      if (!field.matches() || BULLET.matcher(lines.get(i)).matches()) {
        return i;
      }
      String key = field.group(1).strip().toLowerCase(Locale.ROOT);
      String value = field.group(2).strip();
      switch (key) {
        case "company", "organization", "organisation", "employer" -> draft.organization = value;
        case "url", "link", "apply" -> draft.url = value;
        case "date", "posted", "date posted" -> {
          try {
            draft.date = PartialDate.parse(value);
          } catch (IllegalArgumentException e) {
            context.warning("bad-date", "`" + value + "` is not a date such as 2026-11; kept as the extension `date`",
                Paths.ROOT, SourcePosition.of(name, i + 1, 1), null);
            draft.extensions.put("date", value);
          }
        }
        default -> draft.extensions.put(key.replace(' ', '-'), value);
      }
      i++;
    }
    return i;
  }

  private static void body(List<String> lines, int from, PostingDraft draft) {
    List<String> description = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    String heading = null;
    List<String> items = new ArrayList<>();
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher bullet = BULLET.matcher(line);
      if (bullet.matches()) {
        if (items.isEmpty() && paragraph.length() > 0) {
          // The line just before the first bullet is its heading; anything before that is prose.
          String[] held = paragraph.toString().split("\n");
          String last = held[held.length - 1];
          if (last.strip().length() <= MAX_HEADING) {
            heading = stripHeading(last);
            if (held.length > 1) {
              description.add(String.join("\n", java.util.Arrays.copyOf(held, held.length - 1)));
            }
          } else {
            description.add(paragraph.toString());
            heading = null;
          }
          paragraph.setLength(0);
        }
        if (!bullet.group(2).isBlank()) {
          items.add(bullet.group(2).strip());
        }
        continue;
      }
      if (!items.isEmpty() && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
        items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip());
        continue;
      }
      if (line.isBlank() || UNDERLINE.matcher(line).matches()) {
        if (paragraph.length() > 0 && line.isBlank()) {
          // A blank line ends a paragraph, unless bullets follow: then it was their heading.
          int next = i + 1;
          while (next < lines.size() && lines.get(next).isBlank()) {
            next++;
          }
          if (next >= lines.size() || !BULLET.matcher(lines.get(next)).matches()) {
            description.add(paragraph.toString());
            paragraph.setLength(0);
          }
        }
        continue;
      }
      if (!items.isEmpty()) {
        draft.addList(heading, items);
        items = new ArrayList<>();
        heading = null;
      }
      paragraph.append(paragraph.length() > 0 ? "\n" : "").append(line.strip());
    }
    if (!items.isEmpty()) {
      draft.addList(heading, items);
    }
    if (paragraph.length() > 0) {
      description.add(paragraph.toString());
    }
    if (!description.isEmpty()) {
      draft.description = String.join("\n\n", description);
    }
  }

  private static String stripHeading(String line) {
    return line.strip().replaceFirst("^#+\\s*", "").replaceAll("[:\\s]+$", "").strip();
  }
}
