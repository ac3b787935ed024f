package dev.profilekit.model.target;

import dev.profilekit.model.Identified;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Section;
import dev.profilekit.model.Target;
import dev.profilekit.spi.PostingDraft;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Adds an imported target to a profile without touching anything already there. Thread-safe. */
public final class TargetImport {
  private TargetImport() {}

  /**
   * The profile with {@code target} appended to its targets. Requirement ids that some id of the
   * profile already uses get a number ({@code req-sql-2}).
   *
   * @param profile the profile to add to
   * @param target the target to add
   * @return the profile with the target added
   * @throws IllegalArgumentException when the profile already has a target with the same id
   */
  public static Profile into(Profile profile, Target target) {
    if (profile.target(target.id()).isPresent()) {
      throw new IllegalArgumentException("the profile already has a target `" + target.id() + "`");
    }
    Set<String> used = new HashSet<>(ids(profile));
    used.add(target.id());
    List<RequirementGroup> groups = target.groups().stream()
        .map(group -> group.withRequirements(
            group.requirements().stream()
                .map(r -> r
                    .withId(r.id().map(id -> PostingDraft.unique(id, used))))
                .toList()))
        .toList();
    return Profile.builder().from(profile)
        .addTargets(target.withGroups(groups))
        .sourceMap(profile.sourceMap())
        .build();
  }

  /** Every id the profile uses, as the validator counts them. */
  private static Set<String> ids(Profile profile) {
    Set<String> ids = new HashSet<>();
    profile.identifiedEntries().map(Identified::id).flatMap(Optional::stream).forEach(ids::add);
    sectionIds(profile.sections(), ids);
    profile.claims().forEach(c -> ids.add(c.id()));
    profile.evidence().forEach(e -> ids.add(e.id()));
    profile.targets().forEach(t -> {
      ids.add(t.id());
      t.groups().stream().flatMap(g -> g.requirements().stream()).map(Requirement::id).flatMap(Optional::stream).forEach(ids::add);
    });
    return ids;
  }

  private static void sectionIds(List<Section> sections, Set<String> ids) {
    sections.forEach(s -> {
      s.id().ifPresent(ids::add);
      sectionIds(s.sections(), ids);
    });
  }
}
