package dev.profilekit.model.internal.nativeformat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.internal.codec.Paths;
import dev.profilekit.model.internal.overlay.OverlayResolver;
import dev.profilekit.model.internal.tree.TextDecoder;
import dev.profilekit.model.internal.tree.TreeParser;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.ReadContext;
import java.util.ArrayList;
import java.util.List;

/** Reads the native format from YAML or JSON text. */
public final class NativeReader implements ProfileReader {
  private final TreeParser.Syntax syntax;

  public NativeReader(TreeParser.Syntax syntax) {
    this.syntax = syntax;
  }

  @Override
  public ReadResult read(Input input, ReadOptions options) {
    try {
      String text = TextDecoder.decode(input, options.limits());
      List<Diagnostic> findings = new ArrayList<>();
      Node root = TreeParser.of(syntax, options.limits()).parseCollecting(input.name(), text, 0, findings);
      return bind(root, options, findings);
    } catch (InputProblem problem) {
      return ReadResult.failed(List.of(problem.diagnostic()));
    }
  }

  /** Binds a parsed tree; also used by readers that embed the native structure. */
  public static ReadResult bind(Node root, ReadOptions options) {
    return bind(root, options, List.of());
  }

  /** Binds a parsed tree, adding what the parser found along the way (duplicate keys, warnings). */
  public static ReadResult bind(Node root, ReadOptions options, List<Diagnostic> parserFindings) {
    ReadContext context = new ReadContext(options.limits().maxDiagnostics());
    parserFindings.forEach(context::add);
    Profile profile = NativeCodecs.PROFILE.read(root, Paths.ROOT, context);
    if (profile == null || context.hasErrors()) {
      // Structural errors stop the read, but not the search for references that do not resolve.
      ReferencesDespiteErrors.find(root).forEach(context::add);
      return ReadResult.failed(context.diagnostics());
    }
    OverlayResolver.check(root, context);
    if (context.hasErrors()) {
      return ReadResult.failed(context.diagnostics());
    }
    return ReadResult.of(
        profile.withSourceMap(context.sourceMap()), context.diagnostics());
  }
}
