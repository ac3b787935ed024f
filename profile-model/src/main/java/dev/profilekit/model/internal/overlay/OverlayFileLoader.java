package dev.profilekit.model.internal.overlay;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Diagnostics;
import dev.profilekit.model.Overlay;
import dev.profilekit.model.Profile;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Limits;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.internal.codec.Paths;
import dev.profilekit.model.internal.nativeformat.NativeCodecs;
import dev.profilekit.model.internal.tree.TextDecoder;
import dev.profilekit.model.internal.tree.TreeParser;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.ReadContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the overlays a profile keeps in files of their own: those it names ({@code de:
 * me.de.yaml}), those found by name beside it for a chosen language or variant, and, for {@code
 * validate}, every {@code me.X.yaml} beside it. Each is checked against the base like an overlay
 * written in the profile, at its own file's positions.
 */
public final class OverlayFileLoader {
  /**
   * Which files to read besides those the profile names.
   *
   * @param language the chosen language, whose {@code me.TAG.yaml} is read when the profile has no such translation
   * @param variant the chosen variant, likewise
   * @param everyBeside whether every {@code me.X.yaml} beside the profile is read
   */
  public record Wanted(Optional<String> language, Optional<String> variant, boolean everyBeside) {}

  private record Planned(OverlayKind kind, String name, Path path, SourcePosition listedAt) {}

  private final Profile profile;
  private final Path file;
  private final Limits limits;
  private final List<Diagnostic> found = new ArrayList<>();
  private final Map<String, Planned> plan = new LinkedHashMap<>();

  private OverlayFileLoader(Profile profile, Path file, Limits limits) {
    this.profile = profile;
    this.file = file;
    this.limits = limits;
  }

  /**
   * The profile read from {@code file} with its overlay files read into it; {@code read} itself
   * when there are none to read or the profile could not be read.
   */
  public static ReadResult load(ReadResult read, Path file, Wanted wanted, Limits limits) {
    if (read.profile().isEmpty() || read.hasErrors()) {
      return read;
    }
    OverlayFileLoader loader = new OverlayFileLoader(read.profile().get(), file, limits);
    loader.planListed();
    wanted.variant().ifPresent(name -> loader.planAsked(OverlayKind.VARIANT, List.of(name)));
    wanted.language().ifPresent(tag -> {
      String language = Locale.forLanguageTag(tag).getLanguage();
      loader.planAsked(OverlayKind.TRANSLATION, language.isEmpty() || language.equalsIgnoreCase(tag) ? List.of(tag) : List.of(tag, language));
    });
    if (wanted.everyBeside()) {
      loader.planBeside();
    }
    if (loader.plan.isEmpty() && loader.found.isEmpty()) {
      return read;
    }
    return loader.read(read.diagnostics());
  }

  /** Whether {@code file} is {@code me.X.yaml} (X without dots) with a native {@code me.yaml} beside it. */
  public static boolean isOverlayFile(Path file) {
    String name = file.getFileName().toString();
    Optional<String> extension = OverlayFileNames.extension(name);
    if (extension.isEmpty()) {
      return false;
    }
    String withoutExtension = name.substring(0, name.length() - extension.get().length());
    int dot = withoutExtension.lastIndexOf('.');
    if (dot <= 0 || dot == withoutExtension.length() - 1) {
      return false;
    }
    String stem = withoutExtension.substring(0, dot);
    return OverlayFileNames.EXTENSIONS.stream().anyMatch(e -> Files.isRegularFile(file.resolveSibling(stem + e)));
  }

  private static Map<String, Overlay> overlays(Profile profile, OverlayKind kind) {
    return kind == OverlayKind.TRANSLATION ? profile.translations() : profile.variants();
  }

  private static String key(OverlayKind kind, String name) {
    return kind.key() + "/" + name;
  }

  private void planListed() {
    for (OverlayKind kind : OverlayKind.values()) {
      overlays(profile, kind).forEach((name, overlay) -> overlay.file().ifPresent(named -> plan.put(key(kind, name),
          new Planned(kind, name, file.resolveSibling(named), positionOf(kind, name)))));
    }
  }

  /** The first of {@code names} that the profile does not have and that has a file beside it. */
  private void planAsked(OverlayKind kind, List<String> names) {
    for (String name : names) {
      Overlay inProfile = overlays(profile, kind).get(name);
      if (inProfile != null && inProfile.file().isPresent()) {
        return;
      }
      Optional<Path> beside = besideFile(name);
      if (inProfile != null) {
        beside.ifPresent(path -> twice(kind, name, path));
        return;
      }
      if (beside.isPresent()) {
        plan.put(key(kind, name), new Planned(kind, name, beside.get(), null));
        return;
      }
    }
  }

  private void planBeside() {
    String stem = stem();
    Path directory = file.toAbsolutePath().getParent();
    if (directory == null) {
      return;
    }
    List<String> names;
    try (Stream<Path> listing = Files.list(directory)) {
      names = listing.map(path -> path.getFileName().toString()).sorted().toList();
    } catch (IOException | RuntimeException e) {
      return;
    }
    Set<Path> planned = new java.util.HashSet<>();
    plan.values().forEach(p -> planned.add(p.path().toAbsolutePath().normalize()));
    for (String name : names) {
      Optional<String> extension = OverlayFileNames.extension(name);
      if (extension.isEmpty() || !name.startsWith(stem + ".") || name.length() <= stem.length() + 1 + extension.get().length()) {
        continue;
      }
      String part = name.substring(stem.length() + 1, name.length() - extension.get().length());
      Path path = file.resolveSibling(name);
      if (part.contains(".") || planned.contains(path.toAbsolutePath().normalize())
          || path.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
        continue;
      }
      OverlayKind kind = OverlayFileNames.isLanguagePart(part) ? OverlayKind.TRANSLATION : OverlayKind.VARIANT;
      Overlay inProfile = overlays(profile, kind).get(part);
      if (inProfile != null && inProfile.file().isEmpty()) {
        twice(kind, part, path);
      } else if (inProfile == null) {
        plan.put(key(kind, part), new Planned(kind, part, path, null));
      }
    }
  }

  /** {@code me} of {@code me.yaml}: the part overlay files beside it start with. */
  private String stem() {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** {@code me.NAME.yaml} (the profile's own extension first, then the other native ones), if it exists. */
  private Optional<Path> besideFile(String name) {
    String own = file.getFileName().toString();
    List<String> extensions = new ArrayList<>();
    OverlayFileNames.extension(own).ifPresent(extensions::add);
    OverlayFileNames.EXTENSIONS.stream().filter(e -> !extensions.contains(e)).forEach(extensions::add);
    for (String extension : extensions) {
      Path candidate = file.resolveSibling(stem() + "." + name + extension);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private void twice(OverlayKind kind, String name, Path path) {
    SourcePosition inProfile = positionOf(kind, name);
    found.add(Diagnostic.error("overlay-twice", kind.word() + " `" + name + "` is written twice: in the profile"
            + (inProfile == null ? "" : " at " + inProfile) + " and in " + path + ":1:1")
        .withPath(path(kind, name))
        .withPosition(inProfile)
        .withHint("keep one: remove `" + name + ":` from " + kind.key() + ", or delete or rename " + path));
  }

  private SourcePosition positionOf(OverlayKind kind, String name) {
    return profile.sourceMap().positionOf(path(kind, name)).orElse(null);
  }

  private static String path(OverlayKind kind, String name) {
    return Paths.key(Paths.key(Paths.ROOT, kind.key()), name);
  }

  private ReadResult read(List<Diagnostic> fromBase) {
    Map<String, Node.MapNode> trees = new LinkedHashMap<>();
    for (Planned planned : plan.values()) {
      parse(planned).ifPresent(tree -> trees.put(key(planned.kind(), planned.name()), tree));
    }
    List<Diagnostic> all = new ArrayList<>(fromBase);
    if (found.stream().anyMatch(Diagnostic::isError)) {
      all.addAll(found);
      all.sort(Diagnostics.IN_FILE_ORDER);
      return ReadResult.failed(all);
    }
    Map<String, Object> baseTree = new LinkedHashMap<>(NativeCodecs.PROFILE.write(profile));
    Node.MapNode root = (Node.MapNode) OverlayResolver.toNode(baseTree, Paths.ROOT, profile.sourceMap());
    Node.MapNode base = OverlayResolver.withoutOverlays(root);
    LinkedHashMap<String, Node.Member> members = new LinkedHashMap<>(root.members());
    ReadContext context = new ReadContext(limits.maxDiagnostics());
    for (OverlayKind kind : OverlayKind.values()) {
      Node.Member existing = members.get(kind.key());
      LinkedHashMap<String, Node.Member> byName = new LinkedHashMap<>(
          existing != null && existing.value() instanceof Node.MapNode map ? map.members() : Map.of());
      boolean changed = false;
      for (Planned planned : plan.values()) {
        Node.MapNode tree = trees.get(key(planned.kind(), planned.name()));
        if (planned.kind() != kind || tree == null) {
          continue;
        }
        SourcePosition keyAt = planned.listedAt() != null ? planned.listedAt() : tree.position();
        byName.put(planned.name(), new Node.Member(planned.name(), keyAt, tree));
        OverlayResolver.checkOne(kind, planned.name(), keyAt, base, tree, path(kind, planned.name()), context);
        changed = true;
      }
      if (changed) {
        SourcePosition at = existing != null ? existing.value().position() : root.position();
        members.put(kind.key(), new Node.Member(kind.key(), existing != null ? existing.keyPosition() : at,
            Node.MapNode.adopting(at, byName)));
      }
    }
    Node.MapNode combined = Node.MapNode.adopting(root.position(), members);
    ReadContext reread = new ReadContext(limits.maxDiagnostics());
    Profile withFiles = NativeCodecs.PROFILE.read(combined, Paths.ROOT, reread);
    all.addAll(context.diagnostics());
    if (withFiles == null || context.hasErrors() || reread.hasErrors()) {
      Set<String> files = new java.util.HashSet<>();
      plan.values().forEach(p -> files.add(p.path().toString()));
      // The base read well before; what fails now is in the overlay files.
      reread.diagnostics().stream().filter(d -> d.position().map(p -> files.contains(p.file())).orElse(false)).forEach(all::add);
      all.sort(Diagnostics.IN_FILE_ORDER);
      return ReadResult.failed(all);
    }
    Profile loaded = profile
        .withTranslations(withFiles.translations())
        .withVariants(withFiles.variants())
        .withSourceMap(reread.sourceMap());
    all.sort(Diagnostics.IN_FILE_ORDER);
    return ReadResult.of(loaded, all);
  }

  private Optional<Node.MapNode> parse(Planned planned) {
    Path path = planned.path();
    String shown = path.toString();
    if (!Files.isRegularFile(path)) {
      found.add(Diagnostic.error("overlay-file-missing", planned.kind().word() + " `" + planned.name() + "` is in "
              + shown + ", which does not exist")
          .withPath(path(planned.kind(), planned.name()))
          .withPosition(planned.listedAt())
          .withHint("create the file with the fields the " + planned.kind().word() + " changes, or correct its name"));
      return Optional.empty();
    }
    try {
      String text = TextDecoder.decode(Input.ofPath(path), limits);
      TreeParser.Syntax syntax = OverlayFileNames.extension(shown).filter(".json"::equals).isPresent()
          ? TreeParser.Syntax.JSON : TreeParser.Syntax.YAML;
      List<Diagnostic> findings = new ArrayList<>();
      Node root = TreeParser.of(syntax, limits).parseCollecting(shown, text, 0, findings);
      found.addAll(findings);
      if (findings.stream().anyMatch(Diagnostic::isError)) {
        return Optional.empty();
      }
      if (root instanceof Node.MapNode map) {
        return Optional.of(map);
      }
      SourcePosition start = SourcePosition.of(shown, 1, 1);
      if (root == null || root instanceof Node.ScalarNode scalar && scalar.value() == null) {
        found.add(Diagnostic.warning("empty-overlay", planned.kind().word() + " `" + planned.name() + "` in " + shown
                + " is empty: it changes nothing")
            .withPath(path(planned.kind(), planned.name())).withPosition(start)
            .withHint("write the fields it changes, e.g. `person: {label: …}`"));
        return Optional.of(Node.MapNode.adopting(start, new LinkedHashMap<>()));
      }
      found.add(Diagnostic.error("wrong-type", planned.kind().word() + " `" + planned.name() + "`: expected the fields it changes (a mapping), found "
              + root.describe())
          .withPath(path(planned.kind(), planned.name())).withPosition(root.position() != null ? root.position() : start)
          .withHint("write the fields it changes at the top level, e.g. `person: {label: …}`"));
      return Optional.empty();
    } catch (InputProblem problem) {
      found.add(problem.diagnostic());
      return Optional.empty();
    }
  }
}
