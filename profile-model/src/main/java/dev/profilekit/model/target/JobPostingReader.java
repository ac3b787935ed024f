package dev.profilekit.model.target;

import dev.profilekit.model.Priority;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.internal.codec.Codecs;
import dev.profilekit.model.internal.codec.Paths;
import dev.profilekit.model.internal.tree.TextDecoder;
import dev.profilekit.model.internal.tree.TreeParser;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.PostingDraft;
import dev.profilekit.spi.ReadContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON Resume job description (the draft {@code job-schema.json} of JSON Resume 1.2.1),
 * as JSON or, for files named {@code .yaml}/{@code .yml}, as YAML, into a target:
 * <ul>
 *   <li>{@code title}, {@code company} (→ organisation), {@code url} (or else
 *       {@code meta.canonical}), {@code date} and {@code description} map across;
 *   <li>{@code qualifications} and then {@code skills} become the requirements of one required
 *       group, "Qualifications"; a skill reads "name (level): keyword, keyword";
 *   <li>{@code responsibilities} become the target's responsibilities;
 *   <li>every other key ({@code type}, {@code location}, {@code remote}, {@code salary},
 *       {@code experience}, {@code meta}, unknown keys…) is kept as an extension; only the
 *       {@code $schema} pointer is dropped.
 * </ul>
 * Ids are slugs: the target's of company and title, each requirement's of its text. Thread-safe.
 */
public final class JobPostingReader implements TargetReader {
  static final String GROUP_TITLE = "Qualifications";

  /** A reader; it keeps no state, so one can be shared. */
  public JobPostingReader() {}

  @Override
  public TargetReadResult read(Input input, ReadOptions options) {
    try {
      String text = TextDecoder.decode(input, options.limits());
      String name = input.name().toLowerCase(Locale.ROOT);
      TreeParser.Syntax syntax = name.endsWith(".yaml") || name.endsWith(".yml") ? TreeParser.Syntax.YAML : TreeParser.Syntax.JSON;
      Node root = TreeParser.of(syntax, options.limits()).parse(input.name(), text, 0);
      return bind(root, new ReadContext(options.limits().maxDiagnostics()));
    } catch (InputProblem problem) {
      return TargetReadResult.failed(List.of(problem.diagnostic()));
    }
  }

  private static TargetReadResult bind(Node root, ReadContext context) {
    if (!(root instanceof Node.MapNode map)) {
      context.error("wrong-type", "expected a job description (a mapping of keys to values), found " + root.describe(),
          Paths.ROOT, root.position(), null);
      return TargetReadResult.failed(context.diagnostics());
    }
    PostingDraft draft = new PostingDraft();
    List<String> qualifications = new ArrayList<>();
    List<String> skills = new ArrayList<>();
    Optional<String> canonical = Optional.empty();
    for (Node.Member member : map.members().values()) {
      String path = Paths.key(Paths.ROOT, member.key());
      Node value = member.value();
      switch (member.key()) {
        case "$schema" -> { }
        case "title" -> draft.title = Codecs.TEXT.read(value, path, context);
        case "company" -> draft.organization = Codecs.TEXT.read(value, path, context);
        case "url" -> draft.url = Codecs.TEXT.read(value, path, context);
        case "date" -> draft.date = Codecs.DATE.read(value, path, context);
        case "description" -> draft.description = Codecs.TEXT.read(value, path, context);
        case "responsibilities" -> texts(value, path, context, draft.responsibilities);
        case "qualifications" -> texts(value, path, context, qualifications);
        case "skills" -> skills(value, path, context, skills);
        default -> {
          if (member.key().equals("meta") && value instanceof Node.MapNode meta && meta.members().containsKey("canonical")) {
            canonical = Optional.ofNullable(Codecs.TEXT.read(meta.members().get("canonical").value(), path + ".canonical", context));
          }
          draft.extensions.put(member.key(), Codecs.ANY.read(value, path, context));
        }
      }
    }
    if (draft.title == null && !map.members().containsKey("title")) {
      context.error("missing-required", "the job description has no `title`", Paths.ROOT, root.position(),
          "add `\"title\": \"...\"`, the role being offered");
    }
    if (draft.url == null) {
      draft.url = canonical.orElse(null);
    }
    if (context.hasErrors()) {
      return TargetReadResult.failed(context.diagnostics());
    }
    List<String> requirements = new ArrayList<>(qualifications);
    requirements.addAll(skills);
    if (!requirements.isEmpty()) {
      draft.groups.add(new PostingDraft.Group(Optional.of(GROUP_TITLE), Priority.REQUIRED, requirements));
    }
    return TargetReadResult.of(draft.toTarget(), context.diagnostics());
  }

  private static void texts(Node value, String path, ReadContext context, List<String> into) {
    List<String> texts = Codecs.listOf(Codecs.TEXT).read(value, path, context);
    if (texts != null) {
      texts.stream().map(String::strip).filter(text -> !text.isEmpty()).forEach(into::add);
    }
  }

  /** A skill as one requirement: "Web Development (Master): HTML, CSS". */
  private static void skills(Node value, String path, ReadContext context, List<String> into) {
    if (!(value instanceof Node.ListNode list)) {
      context.error("wrong-type", "expected a list of skills, found " + value.describe(), path, value.position(),
          "start each item on its own line with `- `");
      return;
    }
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      String itemPath = Paths.index(path, i);
      if (item instanceof Node.ScalarNode) {
        Optional.ofNullable(Codecs.TEXT.read(item, itemPath, context)).ifPresent(into::add);
        continue;
      }
      if (!(item instanceof Node.MapNode skill)) {
        context.error("wrong-type", "expected a skill (name, level, keywords), found " + item.describe(), itemPath, item.position(), null);
        continue;
      }
      Map<String, Node.Member> members = skill.members();
      String name = members.containsKey("name") ? Codecs.TEXT.read(members.get("name").value(), itemPath + ".name", context) : null;
      String level = members.containsKey("level") ? Codecs.TEXT.read(members.get("level").value(), itemPath + ".level", context) : null;
      List<String> keywords = members.containsKey("keywords")
          ? Codecs.listOf(Codecs.TEXT).read(members.get("keywords").value(), itemPath + ".keywords", context)
          : List.of();
      StringBuilder text = new StringBuilder(name == null ? "" : name.strip());
      if (level != null && !level.isBlank()) {
        text.append(" (").append(level.strip()).append(')');
      }
      if (keywords != null && !keywords.isEmpty()) {
        text.append(text.length() == 0 ? "" : ": ").append(String.join(", ", keywords));
      }
      if (text.length() == 0) {
        context.warning("empty-skill", "this skill has no name, level or keywords and is left out", itemPath, item.position(), null);
      } else {
        into.add(text.toString().strip());
      }
    }
  }
}
