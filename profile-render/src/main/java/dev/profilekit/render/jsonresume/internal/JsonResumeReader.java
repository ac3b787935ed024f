package dev.profilekit.render.jsonresume.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Diagnostics;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.render.jsonresume.JsonResumeFormat;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.JsonPath;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.ReadContext;
import dev.profilekit.spi.TextInput;
import dev.profilekit.spi.TreeText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON Resume: the document becomes the native tree (see {@link ResumeTree}), which the
 * native codecs bind with all their checks; diagnostics keep the JSON Resume's paths and
 * positions. With {@code validate=strict} the document is also checked against the official
 * 1.0.0 schema.
 */
public final class JsonResumeReader implements ProfileReader {
  @Override
  public ReadResult read(Input input, ReadOptions options) {
    String text;
    Node root;
    List<Diagnostic> diagnostics = new ArrayList<>();
    try {
      text = TextInput.decode(input, options.limits());
      root = parse(input.name(), text, options, diagnostics);
    } catch (InputProblem problem) {
      return ReadResult.failed(List.of(problem.diagnostic()));
    }
    boolean strict = JsonResumeFormat.VALIDATE_STRICT.equals(options.settings().get(JsonResumeFormat.VALIDATE_SETTING));
    ResumeTree tree = new ResumeTree(strict);
    Set<String> checkedPaths = new HashSet<>();
    Object layout = ModelTrees.readPlain(root, JsonPath.ROOT, new ReadContext(1));
    if (strict) {
      // The schema check reads plain JSON: the document without its comments, if it had any.
      String plainJson = diagnostics.isEmpty() ? text : TreeText.json(layout);
      for (Diagnostic problem : SchemaCheck.check(plainJson, root)) {
        diagnostics.add(problem);
        problem.path().ifPresent(checkedPaths::add);
      }
    }
    Optional<Node.MapNode> nativeTree = tree.toNative(root);
    for (Diagnostic diagnostic : tree.diagnostics()) {
      // Where the schema check found a fault, its error says it; a warning about the same value would repeat it.
      if (diagnostic.isError() || !diagnostic.path().map(checkedPaths::contains).orElse(false)) {
        diagnostics.add(diagnostic);
      }
    }
    Profile profile = null;
    ReadContext context = new ReadContext(options.limits().maxDiagnostics());
    if (nativeTree.isPresent()) {
      profile = ModelTrees.read(dev.profilekit.model.Profile.class, nativeTree.get(), JsonPath.ROOT, context);
      for (Diagnostic diagnostic : context.diagnostics()) {
        Diagnostic inResumeTerms = inResumeTerms(diagnostic, tree.paths());
        // The schema check already said what is wrong there, in its own words.
        if (!inResumeTerms.path().map(checkedPaths::contains).orElse(false)) {
          diagnostics.add(inResumeTerms);
        }
      }
    }
    diagnostics.sort(Diagnostics.IN_FILE_ORDER);
    if (profile == null || context.hasErrors()) {
      return ReadResult.failed(diagnostics);
    }
    return ReadResult.of(
        profile
            .withSourceMap(context.sourceMap().withInputPaths(tree.paths()::toResume))
            .withInputLayout(Map.of(JsonResumeFormat.ID, layout)),
        diagnostics);
  }

  /**
   * The document, read as JSON; failing that, as JSON with comments (which hand-written JSON
   * Resumes have and the JSON Resume tools accept), with a warning where the first one is.
   */
  private static Node parse(String name, String text, ReadOptions options, List<Diagnostic> diagnostics) throws InputProblem {
    try {
      return TreeText.parse(TreeText.Syntax.JSON, options.limits(), name, text, 0);
    } catch (InputProblem plain) {
      if (!plain.diagnostic().code().equals("syntax") || !(text.contains("//") || text.contains("/*"))) {
        throw plain;
      }
      Node root = TreeText.parse(TreeText.Syntax.JSON_WITH_COMMENTS, options.limits(), name, text, 0);
      diagnostics.add(Diagnostic.warning("json-comments", "comments are not JSON; read and left out")
          .withPosition(plain.diagnostic().position())
          .withHint("JSON Resume tools accept them, most JSON tools do not: remove them to be safe"));
      return root;
    }
  }

  /** A native codec's diagnostic with the JSON Resume path, and a JSON hint for a YAML one. */
  private static Diagnostic inResumeTerms(Diagnostic diagnostic, PathMap paths) {
    Diagnostic translated = diagnostic;
    if (diagnostic.path().isPresent()) {
      translated = translated.withPath(paths.toResume(diagnostic.path().get()));
    }
    if (diagnostic.hint().filter(hint -> hint.startsWith("start each item on its own line")).isPresent()) {
      translated = translated.withHint("write a list in brackets: [ … ]");
    }
    return translated;
  }
}
