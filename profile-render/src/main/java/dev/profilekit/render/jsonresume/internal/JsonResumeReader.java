package dev.profilekit.render.jsonresume.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Diagnostics;
import dev.profilekit.model.ImmutableDiagnostic;
import dev.profilekit.model.ImmutableProfile;
import dev.profilekit.model.Profile;
import dev.profilekit.model.internal.codec.Paths;
import dev.profilekit.model.internal.codec.ReadContext;
import dev.profilekit.model.internal.nativeformat.NativeCodecs;
import dev.profilekit.model.internal.tree.InputProblem;
import dev.profilekit.model.internal.tree.Node;
import dev.profilekit.model.internal.tree.TextDecoder;
import dev.profilekit.model.internal.tree.TreeParser;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.render.jsonresume.JsonResumeFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    try {
      text = TextDecoder.decode(input, options.limits());
      root = TreeParser.of(TreeParser.Syntax.JSON, options.limits()).parse(input.name(), text, 0);
    } catch (InputProblem problem) {
      return ReadResult.failed(List.of(problem.diagnostic()));
    }
    boolean strict = JsonResumeFormat.VALIDATE_STRICT.equals(options.settings().get(JsonResumeFormat.VALIDATE_SETTING));
    ResumeTree tree = new ResumeTree(strict);
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<String> checkedPaths = new HashSet<>();
    if (strict) {
      for (Diagnostic problem : SchemaCheck.check(text, root)) {
        diagnostics.add(problem);
        problem.path().ifPresent(checkedPaths::add);
      }
    }
    Optional<Node.MapNode> nativeTree = tree.toNative(root);
    diagnostics.addAll(tree.diagnostics());
    Profile profile = null;
    ReadContext context = new ReadContext(options.limits().maxDiagnostics());
    if (nativeTree.isPresent()) {
      profile = NativeCodecs.PROFILE.read(nativeTree.get(), Paths.ROOT, context);
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
    return ReadResult.of(ImmutableProfile.copyOf(profile).withSourceMap(context.sourceMap()), diagnostics);
  }

  /** A native codec's diagnostic with the JSON Resume path, and a JSON hint for a YAML one. */
  private static Diagnostic inResumeTerms(Diagnostic diagnostic, PathMap paths) {
    ImmutableDiagnostic translated = ImmutableDiagnostic.copyOf(diagnostic);
    if (diagnostic.path().isPresent()) {
      translated = translated.withPath(paths.toResume(diagnostic.path().get()));
    }
    if (diagnostic.hint().filter(hint -> hint.startsWith("start each item on its own line")).isPresent()) {
      translated = translated.withHint("write a list in brackets: [ … ]");
    }
    return translated;
  }
}
