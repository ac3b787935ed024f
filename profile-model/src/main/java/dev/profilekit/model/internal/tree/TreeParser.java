package dev.profilekit.model.internal.tree;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Limits;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses YAML or JSON text into a {@link Node} tree with positions, within {@link Limits}.
 * Iterative, so deep nesting cannot overflow the stack; YAML aliases are refused, so an alias
 * bomb cannot expand.
 */
public final class TreeParser {
  /** The syntax to parse. */
  public enum Syntax {
    JSON,
    /** JSON with {@code //} and block comments, as some hand-written JSON Resume files have. */
    JSON_WITH_COMMENTS,
    YAML
  }

  /** The last parser made for each syntax: a factory is costly to build and holds caches worth keeping. */
  private static final AtomicReferenceArray<TreeParser> RECENT = new AtomicReferenceArray<>(Syntax.values().length);

  /** snakeyaml-engine's default buffer, in characters; each size class is four times the last. */
  private static final int YAML_MIN_BUFFER = 1024;
  private static final int YAML_SIZE_CLASSES = 8;

  private final TokenStreamFactory factory;
  private final AtomicReferenceArray<TokenStreamFactory> yamlFactories = new AtomicReferenceArray<>(YAML_SIZE_CLASSES);
  private final StreamReadConstraints constraints;
  private final Limits limits;
  private final Syntax syntax;

  /**
   * A parser for {@code syntax} within {@code limits}; the same one as last time when the limits
   * are the same. Parsers are thread-safe.
   */
  public static TreeParser of(Syntax syntax, Limits limits) {
    TreeParser recent = RECENT.get(syntax.ordinal());
    if (recent != null && recent.limits.equals(limits)) {
      return recent;
    }
    TreeParser made = new TreeParser(syntax, limits);
    RECENT.set(syntax.ordinal(), made);
    return made;
  }

  private TreeParser(Syntax syntax, Limits limits) {
    this.limits = limits;
    this.syntax = syntax;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth() + 1)
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxInputBytes())
            .build();
    this.constraints = constraints;
    this.factory =
        syntax == Syntax.JSON
            ? JsonFactory.builder().streamReadConstraints(constraints).build()
            : syntax == Syntax.JSON_WITH_COMMENTS
            ? JsonFactory.builder().streamReadConstraints(constraints).enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build()
            : yamlFactory(0);
  }

  /**
   * snakeyaml-engine reads its input in blocks of its buffer size and, for each block, copies
   * the unread part of its window: a token longer than the buffer (a 10 MB comment line) costs
   * its length squared over the buffer size. Giving a large text a buffer of at least a
   * sixteenth of its length bounds that to sixteen copies of any token, so the work stays
   * linear; small texts keep the small default buffer. Factories are made once per size class.
   */
  private TokenStreamFactory factoryFor(String text) {
    if (syntax != Syntax.YAML) {
      return factory;
    }
    int sizeClass = 0;
    while (sizeClass < YAML_SIZE_CLASSES - 1 && (YAML_MIN_BUFFER << (2 * sizeClass)) < text.length() / 16) {
      sizeClass++;
    }
    if (sizeClass == 0) {
      return factory;
    }
    TokenStreamFactory made = yamlFactories.get(sizeClass);
    if (made == null) {
      made = yamlFactory(sizeClass);
      yamlFactories.compareAndSet(sizeClass, null, made);
    }
    return made;
  }

  private TokenStreamFactory yamlFactory(int sizeClass) {
    return YAMLFactory.builder()
        .streamReadConstraints(constraints)
        .loadSettings(
            LoadSettings.builder()
                .setMaxAliasesForCollections(0)
                .setAllowDuplicateKeys(true)
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxInputBytes()))
                .setBufferSize(YAML_MIN_BUFFER << (2 * sizeClass))
                .build())
        .build();
  }

  /**
   * Parses one document; {@code offset} lines are added to positions (for embedded YAML). A
   * duplicate key is an {@link InputProblem}.
   */
  public Node parse(String fileName, String text, int lineOffset) throws InputProblem {
    List<Diagnostic> findings = new ArrayList<>();
    Node root = parseCollecting(fileName, text, lineOffset, findings);
    Optional<Diagnostic> firstError = findings.stream().filter(Diagnostic::isError).findFirst();
    if (firstError.isPresent()) {
      throw new InputProblem(firstError.get());
    }
    return root;
  }

  /**
   * As {@link #parse(String, String, int)}, but a key given twice is a warning added to
   * {@code duplicates} and its last value wins (where the first stood), as Jekyll and Hugo read
   * front matter; with {@code duplicates} null it is an error.
   */
  public Node parse(String fileName, String text, int lineOffset, List<Diagnostic> duplicates) throws InputProblem {
    if (duplicates == null) {
      return parse(fileName, text, lineOffset);
    }
    return build(fileName, text, lineOffset, duplicates, true);
  }

  /**
   * Parses one document, adding to {@code findings} what does not stop the parse: every
   * duplicate key (an error; the first value is kept) and warnings such as a plain YAML value
   * that swallowed lines meant as list items.
   */
  public Node parseCollecting(String fileName, String text, int lineOffset, List<Diagnostic> findings) throws InputProblem {
    return build(fileName, text, lineOffset, findings, false);
  }

  private Node build(String fileName, String text, int lineOffset, List<Diagnostic> findings, boolean lastKeyWins)
      throws InputProblem {
    String source = text;
    for (int attempt = 0; ; attempt++) {
      List<Diagnostic> found = new ArrayList<>();
      try (JsonParser parser = factoryFor(source).createParser(ObjectReadContext.empty(), source)) {
        Builder builder = new Builder(parser, fileName, source, lineOffset, found, lastKeyWins);
        Node root = builder.build();
        builder.refuseWhatFollows();
        findings.addAll(found);
        return root;
      } catch (JacksonException e) {
        Optional<String> spelledOut = syntax == Syntax.YAML
            ? YamlLineSeparatorEscapes.spellOut(source, e, attempt)
            : Optional.empty();
        if (spelledOut.isEmpty()) {
          throw new InputProblem(syntaxError(fileName, source, lineOffset, e));
        }
        source = spelledOut.get();
      }
    }
  }

  private Diagnostic syntaxError(String fileName, String text, int lineOffset, JacksonException e) {
    TokenStreamLocation where = e.getLocation();
    int line = where == null || where.getLineNr() < 1 ? 1 : where.getLineNr();
    int column = where == null || where.getColumnNr() < 1 ? 1 : where.getColumnNr();
    String message = withoutSourceNote(e.getOriginalMessage());
    int contextLine = 0;
    int contextColumn = 0;
    if (e.getCause() instanceof MarkedYamlEngineException) {
      // snakeyaml says what went wrong (the problem) and what it was reading (the context).
      MarkedYamlEngineException yaml = (MarkedYamlEngineException) e.getCause();
      Optional<Mark> mark = yaml.getProblemMark();
      if (mark.isPresent()) {
        line = mark.get().getLine() + 1;
        column = mark.get().getColumn() + 1;
      }
      Optional<Mark> context = yaml.getContextMark();
      if (context.isPresent()) {
        contextLine = context.get().getLine() + 1;
        contextColumn = context.get().getColumn() + 1;
      }
      message = yaml.getProblem() == null ? yaml.getContext() : yaml.getProblem()
          + (yaml.getContext() == null ? "" : " (" + yaml.getContext()
              + yaml.getContextMark().map(m -> " that starts at line " + (m.getLine() + 1 + lineOffset)).orElse("") + ")");
    }
    Optional<Diagnostic> plain = SyntaxErrors.explain(fileName, text, lineOffset, message, line, column, contextLine, contextColumn);
    if (plain.isPresent()) {
      return plain.get();
    }
    String code = "syntax";
    String hint = null;
    if (message != null && message.contains("nesting depth")) {
      code = "too-deep";
      message = "the input nests deeper than the limit of " + limits.maxDepth() + " levels";
      hint = "a profile is only a few levels deep: check the file is the right one";
    } else if (message != null && message.contains("String value length")) {
      code = "string-too-long";
      message = "a value is longer than the limit of " + limits.maxStringLength() + " characters";
    } else if (message != null && message.contains("document length")) {
      code = "input-too-large";
      message = "the input is larger than the limit of " + limits.maxInputBytes() + " bytes";
    } else if (message != null
        && (message.contains("end-of-input") || message.contains("EOF") || message.contains("end of stream"))) {
      code = "truncated";
      message = "the input ends too early: " + firstLine(message);
      hint = "the file may be truncated: check it ends where it should";
    } else {
      message = "not valid syntax: " + firstLine(message);
    }
    return Diagnostic.error(code, message)
        .withPosition(SourcePosition.of(fileName, line + lineOffset, column))
        .withHint(hint);
  }

  /** Jackson appends where the input came from, which we say better ourselves. */
  private static String withoutSourceNote(String message) {
    if (message == null) {
      return null;
    }
    return message.replaceAll("\\s*\\(start marker at .*", "")
        .replaceAll("\\s*at \\[Source: .*", "");
  }

  private static String clip(String text) {
    return text == null ? "" : text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }

  /** Builds the tree from the token stream with an explicit stack of open containers. */
  private final class Builder {
    private final JsonParser parser;
    private final String fileName;
    private final int lineOffset;
    private final Deque<Open> stack = new ArrayDeque<>();
    private final String text;
    private final List<Diagnostic> findings;
    private final boolean lastKeyWins;

    Builder(JsonParser parser, String fileName, String text, int lineOffset, List<Diagnostic> findings, boolean lastKeyWins) {
      this.parser = parser;
      this.fileName = fileName;
      this.text = text;
      this.lineOffset = lineOffset;
      this.findings = findings;
      this.lastKeyWins = lastKeyWins;
    }

    Node build() throws InputProblem {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new InputProblem(
            Diagnostic.error("empty-input", "the input holds no document")
                .withPosition(SourcePosition.of(fileName, 1 + lineOffset, 1))
                .withHint("run `profile init` for a starter profile"));
      }
      Node root = null;
      while (token != null && root == null) {
        root = handle(token);
        if (root == null) {
          token = parser.nextToken();
        }
      }
      if (root == null) {
        throw new InputProblem(
            Diagnostic.error("truncated", "the input ends too early")
                .withPosition(position()));
      }
      return root;
    }

    /**
     * Refuses anything after the first value: text after a JSON value, or a second YAML
     * document, would otherwise be dropped without a word.
     */
    void refuseWhatFollows() throws InputProblem {
      JsonToken next;
      try {
        next = parser.nextToken();
      } catch (JacksonException e) {
        TokenStreamLocation where = e.getLocation();
        throw new InputProblem(afterValue(where == null ? position() : positionOf(where)));
      }
      if (next == null) {
        return;
      }
      if (syntax == Syntax.YAML && next == JsonToken.VALUE_NULL && parser.nextToken() == null) {
        return; // a closing `---` opens an empty document: nothing is lost
      }
      throw new InputProblem(afterValue(position()));
    }

    private Diagnostic afterValue(SourcePosition where) {
      return syntax != Syntax.YAML
          ? Diagnostic.error("trailing-text", "text after the end of the JSON value")
              .withPosition(where)
              .withHint("a profile is one JSON value: remove what follows it, or split it into separate files")
          : Diagnostic.error("second-document", "a second YAML document: a profile is one document")
              .withPosition(where)
              .withHint("remove the `---` and what follows it, or split it into separate files");
    }

    /** Consumes one token; returns the root once it is complete. */
    private Node handle(JsonToken token) throws InputProblem {
      refuseAlias();
      switch (token) {
        case START_OBJECT:
          push(new Open(position(), true));
          return null;
        case START_ARRAY:
          push(new Open(position(), false));
          return null;
        case PROPERTY_NAME:
          stack.peek().key = whole(parser.currentName());
          stack.peek().keyPosition = position();
          return null;
        case END_OBJECT:
        case END_ARRAY:
          Open done = stack.pop();
          Node node =
              done.isMap
                  ? Node.MapNode.adopting(done.position, done.members)
                  : Node.ListNode.adopting(done.position, done.items);
          return add(node);
        default:
          if (token == JsonToken.VALUE_STRING && parser instanceof YAMLParser) {
            MisIndentation.check(text, parser.currentTokenLocation(), parser.currentLocation(), parser.getString())
                .ifPresent(found -> findings.add(found.at(fileName, lineOffset)));
          }
          return add(new Node.ScalarNode(position(), scalar(token)));
      }
    }

    private void refuseAlias() throws InputProblem {
      if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
        throw new InputProblem(
            
                    Diagnostic.error(
                        "yaml-alias", "YAML aliases (*" + parser.getString() + ") are not supported")
                .withPosition(position())
                .withHint("write the value out in full instead of referring to an anchor"));
      }
    }

    private void push(Open open) throws InputProblem {
      if (stack.size() >= limits.maxDepth()) {
        throw new InputProblem(
            
                    Diagnostic.error(
                        "too-deep",
                        "the input nests deeper than the limit of " + limits.maxDepth() + " levels")
                .withPosition(open.position)
                .withHint("a profile is only a few levels deep: check the file is the right one"));
      }
      stack.push(open);
    }

    private Node add(Node node) throws InputProblem {
      Open parent = stack.peek();
      if (parent == null) {
        return node;
      }
      if (parent.isMap) {
        Node.Member member = new Node.Member(parent.key, parent.keyPosition, node);
        Node.Member first = parent.members.putIfAbsent(parent.key, member);
        if (first != null && lastKeyWins) {
          parent.members.put(parent.key, member);
          findings.add(
              Diagnostic.warning("duplicate-key", "the key `" + parent.key + "` appears twice; the last value is used")
                  .withPosition(parent.keyPosition)
                  .withHint("the first is at line " + first.keyPosition().line() + ": keep one"));
        } else if (first != null) {
          // Every duplicate is reported, not only the first; the first value stays.
          findings.add(
              
                      Diagnostic.error("duplicate-key", "the key `" + parent.key + "` appears "
                          + times(parent.repeat(parent.key)))
                  .withPosition(parent.keyPosition)
                  .withHint(
                      "the first is at line "
                          + first.keyPosition().line()
                          + ": keep one"));
        }
      } else {
        parent.items.add(node);
      }
      return null;
    }

    private Object scalar(JsonToken token) throws InputProblem {
      try {
        return scalarValue(token);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new InputProblem(
            Diagnostic.error("number-out-of-range", "the number " + clip(parser.getString()) + " is out of range")
                .withPosition(position())
                .withHint("write it as a string in quotes if it is not meant as a number"));
      }
    }

    private Object scalarValue(JsonToken token) throws InputProblem {
      switch (token) {
        case VALUE_STRING:
          return whole(parser.getString());
        case VALUE_TRUE:
          return Boolean.TRUE;
        case VALUE_FALSE:
          return Boolean.FALSE;
        case VALUE_NULL:
          return null;
        case VALUE_NUMBER_INT:
          return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? parser.getBigIntegerValue()
              : (Object) parser.getLongValue();
        case VALUE_NUMBER_FLOAT:
          return parser.isNaN() ? parser.getString() : parser.getDecimalValue();
        default:
          return whole(parser.getString());
      }
    }

    /** Refuses a string holding half a character, which no output could encode. */
    private String whole(String text) throws InputProblem {
      int lone = LoneSurrogates.indexOf(text);
      if (lone >= 0) {
        throw new InputProblem(
            Diagnostic.error("lone-surrogate", String.format(java.util.Locale.ROOT,
                    "the text holds \\u%04x, half of a character (a lone surrogate) at character %d of the value",
                    (int) text.charAt(lone), lone + 1))
                .withPosition(position())
                .withHint("write the whole character (both halves of the pair, or the character itself)"));
      }
      return text;
    }

    private SourcePosition position() {
      return positionOf(parser.currentTokenLocation());
    }

    private SourcePosition positionOf(TokenStreamLocation where) {
      return SourcePosition.of(
          fileName, Math.max(1, where.getLineNr()) + lineOffset, Math.max(1, where.getColumnNr()));
    }
  }

  private static String times(int count) {
    return count == 2 ? "twice" : count + " times";
  }

  /** A mapping or list still being read. */
  private static final class Open {
    final SourcePosition position;
    final boolean isMap;
    final LinkedHashMap<String, Node.Member> members;
    final ArrayList<Node> items;
    String key;
    SourcePosition keyPosition;
    private Map<String, Integer> seen;

    /** How many times {@code key} has now appeared (2 or more: it is a repeat). */
    int repeat(String key) {
      if (seen == null) {
        seen = new java.util.HashMap<>();
      }
      return seen.merge(key, 2, (count, one) -> count + 1);
    }

    Open(SourcePosition position, boolean isMap) {
      this.position = position;
      this.isMap = isMap;
      this.members = isMap ? new LinkedHashMap<>() : null;
      this.items = isMap ? null : new ArrayList<>();
    }
  }
}
