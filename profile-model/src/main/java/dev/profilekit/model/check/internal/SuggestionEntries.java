package dev.profilekit.model.check.internal;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a suggestion may name: claims with words in them, evidence, and the résumé entries
 * evidence can come from — work and volunteering (with each highlight on its own, since one
 * highlight is what answers a requirement), projects, publications, awards.
 */
final class SuggestionEntries {
  private SuggestionEntries() {}

  static List<SuggestionIndex.Entry> of(Profile profile, Set<String> emptyClaims) {
    List<SuggestionIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < profile.claims().size(); i++) {
      Claim claim = profile.claims().get(i);
      if (!emptyClaims.contains(claim.id())) {
        entries.add(new SuggestionIndex.Entry("claim", Optional.of(claim.id()), "$.claims[" + i + "]", claim.statement()));
      }
    }
    for (int i = 0; i < profile.evidence().size(); i++) {
      Evidence evidence = profile.evidence().get(i);
      entries.add(new SuggestionIndex.Entry("evidence", Optional.of(evidence.id()), "$.evidence[" + i + "]",
          join(Optional.of(evidence.summary()), evidence.source(), evidence.metric().map(m -> m.name()))));
    }
    for (int i = 0; i < profile.work().size(); i++) {
      var work = profile.work().get(i);
      String path = "$.work[" + i + "]";
      entries.add(new SuggestionIndex.Entry("work", work.id(), path, join(work.position(), work.name(), work.summary())));
      for (int h = 0; h < work.highlights().size(); h++) {
        entries.add(new SuggestionIndex.Entry("highlight", work.id(), path + ".highlights[" + h + "]",
            work.highlights().get(h) + work.name().map(n -> " (" + n + ")").orElse("")));
      }
    }
    for (int i = 0; i < profile.volunteer().size(); i++) {
      var volunteer = profile.volunteer().get(i);
      entries.add(new SuggestionIndex.Entry("volunteer", volunteer.id(), "$.volunteer[" + i + "]",
          join(volunteer.position(), volunteer.organization(), volunteer.summary(), Optional.of(String.join(". ", volunteer.highlights())))));
    }
    for (int i = 0; i < profile.projects().size(); i++) {
      var project = profile.projects().get(i);
      entries.add(new SuggestionIndex.Entry("project", project.id(), "$.projects[" + i + "]",
          join(project.name(), project.description(), Optional.of(String.join(". ", project.highlights())),
              Optional.of(String.join(", ", project.keywords())))));
    }
    for (int i = 0; i < profile.publications().size(); i++) {
      var publication = profile.publications().get(i);
      entries.add(new SuggestionIndex.Entry("publication", publication.id(), "$.publications[" + i + "]",
          join(publication.name(), publication.publisher(), publication.summary())));
    }
    for (int i = 0; i < profile.awards().size(); i++) {
      var award = profile.awards().get(i);
      entries.add(new SuggestionIndex.Entry("award", award.id(), "$.awards[" + i + "]",
          join(award.title(), award.awarder(), award.summary())));
    }
    entries.removeIf(entry -> entry.text().isBlank());
    return entries;
  }

  @SafeVarargs
  private static String join(Optional<String>... parts) {
    return Stream.of(parts).flatMap(Optional::stream).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" — "));
  }
}
