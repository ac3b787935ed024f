package dev.profilekit.render.posting;

import dev.profilekit.render.internal.DeepStack;
import dev.profilekit.render.internal.LinearParser;
import dev.profilekit.render.internal.LongParagraphs;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.target.TargetReadResult;
import dev.profilekit.model.target.TargetReader;
import dev.profilekit.render.internal.DeepStack;
import dev.profilekit.render.internal.LinearInlineParser;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.JsonPath;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.PostingDraft;
import dev.profilekit.spi.ReadContext;
import dev.profilekit.spi.TextInput;
import dev.profilekit.spi.TreeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a job posting written in Markdown into a target, the way a posting is usually laid out:
 * <ul>
 *   <li>optional YAML front matter: {@code title}, {@code company} (or {@code organization}),
 *       {@code url}, {@code date}, {@code description}; other keys are kept as extensions;
 *   <li>the first {@code #} heading is the title (else the front matter's {@code title});
 *   <li>each later heading opens a block. A block with a list is a requirement group titled by the
 *       heading — preferred when the heading says so ("Nice to have", "Preferred", "Bonus",
 *       "Strong candidates may also have"…), else required — with one requirement per list item
 *       (nested items are requirements too). A list under a "Responsibilities" / "What you will
 *       do" heading gives the responsibilities instead;
 *   <li>paragraphs, and blocks without a list, go to the description as written, so nothing is
 *       lost.
 * </ul>
 * Ids are made as for {@link dev.profilekit.model.target.JobPostingReader}. Thread-safe.
 */
public final class MarkdownPostingReader implements TargetReader {
  private static final Pattern FRONT_MATTER_END = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*$");

  /** Only the blocks and their source text are read, never a paragraph's inlines. */
  private final LinearParser parser = LinearParser.build(new MutableDataSet(), LongParagraphs.Policy.JOIN_WITH_MARKERS);

  /** Creates a reader; it keeps no state between postings, so one may be shared by threads. */
  public MarkdownPostingReader() {}

  @Override
  public TargetReadResult read(Input input, ReadOptions options) {
    ReadContext context = new ReadContext(options.limits().maxDiagnostics());
    PostingDraft draft = new PostingDraft();
    String text;
    try {
      text = TextInput.decode(input, options.limits()).replace("\r\n", "\n");
    } catch (InputProblem problem) {
      return TargetReadResult.failed(List.of(problem.diagnostic()));
    }
    int bodyStart = 0;
    if (text.startsWith("---\n")) {
      var end = FRONT_MATTER_END.matcher(text);
      if (end.find(4)) {
        try {
          frontMatter(TreeText.parse(TreeText.Syntax.YAML, options.limits(), input.name(), text.substring(4, end.start()), 1), draft, context);
        } catch (InputProblem problem) {
          return TargetReadResult.failed(List.of(problem.diagnostic()));
        }
        bodyStart = Math.min(text.length(), end.end() + 1);
      }
    }
    String body = text.substring(bodyStart);
    body(DeepStack.call(() -> parser.parse(body)), draft);
    if (draft.title == null) {
      context.error("missing-title", "the posting has no title", JsonPath.ROOT,
          SourcePosition.of(input.name(), 1, 1), "start it with a `# Title` heading, or give `title:` in front matter");
    }
    if (context.hasErrors()) {
      return TargetReadResult.failed(context.diagnostics());
    }
    return TargetReadResult.of(draft.toTarget(), context.diagnostics());
  }

  private static void frontMatter(dev.profilekit.spi.Node root, PostingDraft draft, ReadContext context) {
    if (!(root instanceof dev.profilekit.spi.Node.MapNode map)) {
      context.error("wrong-type", "expected front matter keys, found " + root.describe(), JsonPath.ROOT, root.position(), null);
      return;
    }
    for (var member : map.members().values()) {
      String path = JsonPath.key(JsonPath.ROOT, member.key());
      var value = member.value();
      switch (member.key()) {
        case "title" -> draft.title = ModelTrees.readText(value, path, context);
        case "company", "organization" -> draft.organization = ModelTrees.readText(value, path, context);
        case "url" -> draft.url = ModelTrees.readText(value, path, context);
        case "date" -> draft.date = ModelTrees.readDate(value, path, context);
        case "description" -> draft.description = ModelTrees.readText(value, path, context);
        default -> draft.extensions.put(member.key(), ModelTrees.readPlain(value, path, context));
      }
    }
  }

  private static void body(Document document, PostingDraft draft) {
    List<String> description = new ArrayList<>();
    Optional.ofNullable(draft.description).ifPresent(description::add);
    Heading heading = null;
    List<String> headingText = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading h) {
        if (h.getLevel() == 1 && draft.title == null) {
          draft.title = h.getText().toString().strip();
          continue;
        }
        heading = h;
        description.addAll(headingText);
        headingText.clear();
        headingText.add(h.getChars().toString().strip());
        continue;
      }
      if (node instanceof ListBlock list) {
        String title = heading == null ? null : heading.getText().toString().strip();
        List<String> items = new ArrayList<>();
        items(list, items);
        draft.addList(title, items);
        headingText.clear();
        continue;
      }
      // Prose (or anything else): description, under its heading when it has one.
      if (!headingText.isEmpty()) {
        description.addAll(headingText);
        headingText.clear();
      }
      description.add(node.getChars().toString().strip());
    }
    description.addAll(headingText);
    if (!description.isEmpty()) {
      draft.description = String.join("\n\n", description);
    }
  }

  /** Every item's own paragraph as one line, nested items after their parent. */
  private static void items(ListBlock list, List<String> into) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Paragraph paragraph) {
          String line = paragraph.getChars().toString().strip().replaceAll("\\s*\\n\\s*", " ");
          if (!line.isEmpty()) {
            into.add(line);
          }
        } else if (child instanceof ListBlock nested) {
          items(nested, into);
        }
      }
    }
  }
}
