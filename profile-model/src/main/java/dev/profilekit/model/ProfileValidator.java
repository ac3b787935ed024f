package dev.profilekit.model;

import dev.profilekit.model.internal.ValidationRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks what a reader cannot see one value at a time: ids are well formed and unique, every
 * reference resolves, periods do not end before they start, URLs and emails look right. Each
 * problem points at its source through the profile's {@link SourceMap}. Thread-safe.
 */
public final class ProfileValidator {
  private static final Pattern ID = ValidationRules.ID;
  private static final Pattern EMAIL = ValidationRules.EMAIL;
  private static final Pattern BARE_HOST = ValidationRules.BARE_HOST;

  private ProfileValidator() {}

  /**
   * Validates a profile: ids unique and well formed, references resolving, periods in order, URLs
   * and emails well formed.
   *
   * @param profile the profile, read or built
   * @return every problem found, in document order; empty for a valid profile
   */
  public static List<Diagnostic> validate(Profile profile) {
    return new Run(profile).run();
  }

  private static final class Run {
    private final Profile profile;
    private static final int MAX_SUGGESTIONS = 100;
    private static final int MAX_SUGGESTION_CANDIDATES = 10_000;

    private final List<Diagnostic> found = new ArrayList<>();
    private int suggestionsLeft = MAX_SUGGESTIONS;
    private final Map<String, String> idPaths = new HashMap<>();

    Run(Profile profile) {
      this.profile = profile;
    }

    List<Diagnostic> run() {
      Person person = profile.person();
      if (person.name().isEmpty()) {
        report(Diagnostic.warning("missing-name", "the profile has no name"), "$.person", "add `name:` under `person:`");
      }
      url(person.url(), "$.person.url");
      url(person.image(), "$.person.image");
      person.email().ifPresent(email -> email(email, "$.person.email"));
      each(person.links(), "$.person.links", (link, path) -> url(link.url(), path + ".url"));

      sections(profile.sections(), "$.sections");
      entries(profile.work(), "$.work", Work::url);
      entries(profile.volunteer(), "$.volunteer", Volunteer::url);
      entries(profile.education(), "$.education", Education::url);
      entries(profile.projects(), "$.projects", Project::url);
      each(profile.awards(), "$.awards", (award, path) -> id(award.id(), path));
      each(profile.certificates(), "$.certificates", (c, path) -> {
        id(c.id(), path);
        url(c.url(), path + ".url");
      });
      each(profile.publications(), "$.publications", (p, path) -> {
        id(p.id(), path);
        url(p.url(), path + ".url");
      });
      each(profile.skills(), "$.skills", (skill, path) -> id(skill.id(), path));
      each(profile.claims(), "$.claims", (claim, path) -> id(Optional.of(claim.id()), path));
      each(profile.evidence(), "$.evidence", (evidence, path) -> {
        id(Optional.of(evidence.id()), path);
        url(evidence.url(), path + ".url");
      });
      each(profile.targets(), "$.targets", (target, path) -> {
        id(Optional.of(target.id()), path);
        url(target.url(), path + ".url");
        each(target.groups(), path + ".groups", (group, groupPath) ->
            each(group.requirements(), groupPath + ".requirements", (r, rPath) -> id(r.id(), rPath)));
      });
      profile.meta().ifPresent(meta -> url(meta.canonical(), "$.meta.canonical"));
      references();
      return found;
    }

    private void references() {
      Set<String> evidenceIds = profile.evidence().stream().map(Evidence::id).collect(Collectors.toSet());
      Set<String> claimIds = profile.claims().stream().map(Claim::id).collect(Collectors.toSet());
      Set<String> entryIds =
          profile.identifiedEntries().map(Identified::id).flatMap(Optional::stream).collect(Collectors.toSet());
      each(profile.claims(), "$.claims", (claim, path) ->
          refs(claim.evidence(), path + ".evidence", evidenceIds, "evidence"));
      each(profile.evidence(), "$.evidence", (evidence, path) ->
          refs(evidence.refs(), path + ".refs", entryIds, "entry (work, project, publication…)"));
      each(profile.targets(), "$.targets", (target, path) ->
          each(target.groups(), path + ".groups", (group, groupPath) ->
              each(group.requirements(), groupPath + ".requirements", (r, rPath) ->
                  refs(r.claims(), rPath + ".claims", claimIds, "claim"))));
    }

    private void refs(List<String> ids, String path, Set<String> known, String what) {
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        if (!known.contains(id)) {
          // A suggestion compares the id with every known one: offered for the first few
          // dangling references only, so thousands of them cost linear time, not their product.
          boolean suggest = suggestionsLeft > 0 && known.size() <= MAX_SUGGESTION_CANDIDATES;
          if (suggest) {
            suggestionsLeft--;
          }
          String hint = (suggest ? closest(id, known) : Optional.<String>empty())
              .map(s -> "did you mean `" + s + "`?")
              .orElse(known.isEmpty() ? "there is no " + what + " with an id yet" : "no " + what + " has this id");
          report(Diagnostic.error("dangling-reference", "`" + id + "` refers to no " + what), path + "[" + i + "]", hint);
        }
      }
    }

    private void sections(List<Section> sections, String path) {
      each(sections, path, (section, sectionPath) -> {
        id(section.id(), sectionPath);
        sections(section.sections(), sectionPath + ".sections");
      });
    }

    private <T extends Identified & Dated> void entries(List<T> entries, String path, Function<T, Optional<String>> url) {
      each(entries, path, (entry, entryPath) -> {
        id(entry.id(), entryPath);
        url(url.apply(entry), entryPath + ".url");
        if (entry.startDate().isPresent() && entry.endDate().isPresent()
            && entry.endDate().get().end().isBefore(entry.startDate().get().start())) {
          report(
              Diagnostic.error("end-before-start",
                  "ends (" + entry.endDate().get() + ") before it starts (" + entry.startDate().get() + ")"),
              entryPath + ".endDate",
              "swap the dates, or correct the one that is wrong");
        }
      });
    }

    private void id(Optional<String> id, String path) {
      if (id.isEmpty()) {
        return;
      }
      String value = id.get();
      String idPath = path + ".id";
      if (!ID.matcher(value).matches()) {
        report(Diagnostic.error("bad-id", "`" + value + "` is not a valid id"), idPath,
            "use letters, digits, `-`, `_` and `.`, starting with a letter or digit, e.g. "
                + suggestId(value));
      }
      String first = idPaths.putIfAbsent(value, idPath);
      if (first != null) {
        String firstAt = profile.sourceMap().positionOf(first).map(p -> " at line " + p.line()).orElse("");
        report(Diagnostic.error("duplicate-id", "the id `" + value + "` is used twice"), idPath,
            "it is first used by " + first + firstAt + "; ids must be unique in the profile");
      }
    }

    private void url(Optional<String> url, String path) {
      if (url.isEmpty()) {
        return;
      }
      String value = url.get();
      String problem = ValidationRules.urlProblem(value);
      String hint = "write a full address, e.g. https://example.com/";
      if (problem != null && problem.equals("has no scheme") && BARE_HOST.matcher(value).matches()) {
        hint = "did you mean `https://" + value + "`?";
      } else if (problem != null && problem.startsWith("is not a web address")) {
        hint = "use an http or https address";
      }
      if (problem != null) {
        report(Diagnostic.warning("bad-url", "the URL \"" + value + "\" " + problem), path, hint);
      }
    }

    private void email(String email, String path) {
      if (!EMAIL.matcher(email).matches()) {
        report(Diagnostic.warning("bad-email", "\"" + email + "\" does not look like an email address"), path,
            "write it as name@example.com");
      }
    }

    private void report(Diagnostic diagnostic, String path, String hint) {
      found.add(diagnostic
          .withPath(profile.sourceMap().inputPath(path))
          .withPosition(profile.sourceMap().positionOf(path))
          .withHint(hint));
    }

    private interface Visitor<T> {
      void visit(T item, String path);
    }

    private static <T> void each(List<T> items, String path, Visitor<T> visitor) {
      for (int i = 0; i < items.size(); i++) {
        visitor.visit(items.get(i), path + "[" + i + "]");
      }
    }
  }

  private static String suggestId(String value) {
    String cleaned = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
    return cleaned.isEmpty() ? "`my-id`" : "`" + cleaned + "`";
  }

  private static Optional<String> closest(String typed, Set<String> candidates) {
    return dev.profilekit.model.internal.codec.Suggestions.closest(typed, candidates);
  }
}
