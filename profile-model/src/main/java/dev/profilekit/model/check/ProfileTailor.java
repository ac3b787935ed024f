package dev.profilekit.model.check;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.Identified;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Section;
import dev.profilekit.model.Skill;
import dev.profilekit.model.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Cuts a profile down to what one target needs: the target, the claims answering its
 * requirements (and claims with any of the given tags), the evidence behind them, and the work,
 * volunteer, education, awards, certificates, publications, skills and projects that evidence
 * refers to, each in its original order. The person is kept, and so are the skills named by the
 * kept claims', evidence's and entries' tags, and the sections asked for. Everything else — other
 * targets, unrelated entries, languages, interests, references, front matter, meta — is left out.
 *
 * <p>The result is an ordinary profile. References that would dangle (ids the input itself does
 * not resolve) are dropped, so a profile that validates gives a tailored profile that validates.
 * Thread-safe (stateless).
 */
public final class ProfileTailor {
  private ProfileTailor() {}

  /**
   * Tailors {@code profile} to the target {@code targetId}.
   *
   * @param profile the profile to tailor
   * @param targetId the id of the target to tailor it to
   * @param tags claims with any of these tags are kept too (compared ignoring case)
   * @param keepSections sections to keep, by id or title (ignoring case); a kept section keeps its
   *     sub-sections, and a kept sub-section keeps the sections it sits in
   * @throws IllegalArgumentException when the profile has no such target, or a section to keep
   *     is not there
   * @return a new, ordinary profile: the target, the claims and evidence that answer it, and the
   *     rest of the profile as {@code docs/check.md} describes
   */
  public static Profile tailor(
      Profile profile, String targetId, Collection<String> tags, Collection<String> keepSections) {
    Target target = profile.target(targetId).orElseThrow(() -> new IllegalArgumentException(
        "the profile has no target `" + targetId + "`"
            + (profile.targets().isEmpty() ? "" : " (its targets: " + ids(profile.targets(), Target::id) + ")")));
    Set<String> wantedTags = lower(tags);

    Set<String> claimIds = new HashSet<>();
    target.groups().forEach(group -> group.requirements().forEach(r -> claimIds.addAll(r.claims())));
    List<Claim> claims = profile.claims().stream()
        .filter(claim -> claimIds.contains(claim.id()) || claim.tags().stream().map(ProfileTailor::lower).anyMatch(wantedTags::contains))
        .toList();

    Set<String> evidenceIds = new HashSet<>();
    claims.forEach(claim -> evidenceIds.addAll(claim.evidence()));
    List<Evidence> evidence = profile.evidence().stream().filter(e -> evidenceIds.contains(e.id())).toList();

    Set<String> entryIds = new HashSet<>();
    evidence.forEach(e -> entryIds.addAll(e.refs()));
    Predicate<Identified> referenced = entry -> entry.id().filter(entryIds::contains).isPresent();

    Set<String> keptTags = new HashSet<>(wantedTags);
    claims.forEach(claim -> keptTags.addAll(lower(claim.tags())));
    evidence.forEach(e -> keptTags.addAll(lower(e.tags())));
    profile.work().stream().filter(referenced).forEach(w -> keptTags.addAll(lower(w.tags())));
    profile.volunteer().stream().filter(referenced).forEach(v -> keptTags.addAll(lower(v.tags())));
    profile.projects().stream().filter(referenced).forEach(p -> keptTags.addAll(lower(p.tags())));
    Predicate<Skill> namedByTag = skill -> skill.id().map(ProfileTailor::lower).filter(keptTags::contains).isPresent()
        || skill.name().map(ProfileTailor::lower).filter(keptTags::contains).isPresent();

    Set<String> keptClaimIds = claims.stream().map(Claim::id).collect(Collectors.toSet());
    Set<String> keptEvidenceIds = evidence.stream().map(Evidence::id).collect(Collectors.toSet());
    Set<String> existingEntryIds = profile.identifiedEntries().map(Identified::id).flatMap(Optional::stream).collect(Collectors.toSet());

    return Profile.builder()
        .person(profile.person())
        .sections(sections(profile.sections(), keepSections))
        .work(profile.work().stream().filter(referenced).toList())
        .volunteer(profile.volunteer().stream().filter(referenced).toList())
        .education(profile.education().stream().filter(referenced).toList())
        .awards(profile.awards().stream().filter(referenced).toList())
        .certificates(profile.certificates().stream().filter(referenced).toList())
        .publications(profile.publications().stream().filter(referenced).toList())
        .skills(profile.skills().stream().filter(skill -> referenced.test(skill) || namedByTag.test(skill)).toList())
        .projects(profile.projects().stream().filter(referenced).toList())
        .claims(claims.stream().map(claim -> claim
            .withEvidence(only(claim.evidence(), keptEvidenceIds))).toList())
        .evidence(evidence.stream().map(e -> e
            .withRefs(only(e.refs(), existingEntryIds))).toList())
        .addTargets(withExistingClaims(target, keptClaimIds))
        .build();
  }

  private static Target withExistingClaims(Target target, Set<String> claimIds) {
    List<RequirementGroup> groups = target.groups().stream()
        .map(group -> group.withRequirements(
            group.requirements().stream()
                .map(r -> r.withClaims(only(r.claims(), claimIds)))
                .toList()))
        .toList();
    return target.withGroups(groups);
  }

  private static List<Section> sections(List<Section> sections, Collection<String> keep) {
    Set<String> wanted = lower(keep);
    Set<String> found = new HashSet<>();
    List<Section> kept = keptSections(sections, wanted, found);
    Set<String> missing = new LinkedHashSet<>(wanted);
    missing.removeAll(found);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("no section has the id or title: " + String.join(", ", missing));
    }
    return kept;
  }

  private static List<Section> keptSections(List<Section> sections, Set<String> wanted, Set<String> found) {
    List<Section> kept = new ArrayList<>();
    for (Section section : sections) {
      Optional<String> match = section.id().map(ProfileTailor::lower).filter(wanted::contains)
          .or(() -> Optional.of(lower(section.title())).filter(wanted::contains));
      if (match.isPresent()) {
        found.add(match.get());
        markFound(section.sections(), wanted, found);
        kept.add(section);
        continue;
      }
      List<Section> inner = keptSections(section.sections(), wanted, found);
      if (!inner.isEmpty()) {
        kept.add(section.withSections(inner));
      }
    }
    return kept;
  }

  private static void markFound(List<Section> sections, Set<String> wanted, Set<String> found) {
    for (Section section : sections) {
      section.id().map(ProfileTailor::lower).filter(wanted::contains).ifPresent(found::add);
      Optional.of(lower(section.title())).filter(wanted::contains).ifPresent(found::add);
      markFound(section.sections(), wanted, found);
    }
  }

  private static List<String> only(List<String> ids, Set<String> existing) {
    return ids.stream().filter(existing::contains).toList();
  }

  private static Set<String> lower(Collection<String> values) {
    return values.stream().map(ProfileTailor::lower).collect(Collectors.toSet());
  }

  private static String lower(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  private static <T> String ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.joining(", "));
  }
}
