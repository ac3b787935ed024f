package dev.profilekit.model.internal;

import dev.profilekit.model.PartialDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether {@link dev.profilekit.model.ProfileValidator} would find nothing to say about the
 * profile a written native tree (as {@code NativeCodecs.PROFILE.normalize} gives it) stands for:
 * the same checks, on maps and lists instead of the model. The streaming path of JSON Lines
 * takes a line only when this holds; the differential test keeps the two in step.
 */
public final class CleanNativeTree {
  private final Map<String, Object> profile;
  private final Set<String> ids = new HashSet<>();
  private boolean clean = true;

  private CleanNativeTree(Map<String, Object> profile) {
    this.profile = profile;
  }

  public static boolean isClean(Map<String, Object> profile) {
    return new CleanNativeTree(profile).check();
  }

  private boolean check() {
    Map<String, Object> person = map(profile.get("person"));
    if (person.get("name") == null) {
      return false;
    }
    url(person.get("url"));
    url(person.get("image"));
    Object email = person.get("email");
    if (email != null && !ValidationRules.EMAIL.matcher((String) email).matches()) {
      return false;
    }
    for (Object link : list(person.get("links"))) {
      url(map(link).get("url"));
    }
    sections(profile.get("sections"));
    for (String kind : List.of("work", "volunteer", "education", "projects")) {
      for (Object entry : list(profile.get(kind))) {
        Map<String, Object> fields = map(entry);
        id(fields.get("id"));
        url(fields.get("url"));
        Object start = fields.get("startDate");
        Object end = fields.get("endDate");
        if (start != null && end != null
            && PartialDate.tryParse((String) end).orElseThrow().end()
                .isBefore(PartialDate.tryParse((String) start).orElseThrow().start())) {
          return false;
        }
      }
    }
    for (String kind : List.of("awards", "skills")) {
      for (Object entry : list(profile.get(kind))) {
        id(map(entry).get("id"));
      }
    }
    for (String kind : List.of("certificates", "publications", "evidence", "targets")) {
      for (Object entry : list(profile.get(kind))) {
        id(map(entry).get("id"));
        url(map(entry).get("url"));
      }
    }
    for (Object claim : list(profile.get("claims"))) {
      id(map(claim).get("id"));
    }
    for (Object target : list(profile.get("targets"))) {
      for (Object group : list(map(target).get("groups"))) {
        for (Object requirement : list(map(group).get("requirements"))) {
          id(map(requirement).get("id"));
        }
      }
    }
    url(map(profile.get("meta")).get("canonical"));
    return clean && references();
  }

  private boolean references() {
    Set<String> evidenceIds = idsOf("evidence");
    Set<String> claimIds = idsOf("claims");
    Set<String> entryIds = new HashSet<>();
    for (String kind : List.of("work", "volunteer", "education", "awards", "certificates", "publications", "skills", "projects")) {
      entryIds.addAll(idsOf(kind));
    }
    for (Object claim : list(profile.get("claims"))) {
      if (!evidenceIds.containsAll(list(map(claim).get("evidence")))) {
        return false;
      }
    }
    for (Object evidence : list(profile.get("evidence"))) {
      if (!entryIds.containsAll(list(map(evidence).get("refs")))) {
        return false;
      }
    }
    for (Object target : list(profile.get("targets"))) {
      for (Object group : list(map(target).get("groups"))) {
        for (Object requirement : list(map(group).get("requirements"))) {
          if (!claimIds.containsAll(list(map(requirement).get("claims")))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private Set<String> idsOf(String kind) {
    Set<String> found = new HashSet<>();
    for (Object entry : list(profile.get(kind))) {
      Object id = map(entry).get("id");
      if (id != null) {
        found.add((String) id);
      }
    }
    return found;
  }

  private void sections(Object sections) {
    for (Object section : list(sections)) {
      id(map(section).get("id"));
      sections(map(section).get("sections"));
    }
  }

  private void id(Object id) {
    if (id != null && (!ValidationRules.ID.matcher((String) id).matches() || !ids.add((String) id))) {
      clean = false;
    }
  }

  private void url(Object url) {
    if (url != null && ValidationRules.urlProblem((String) url) != null) {
      clean = false;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  private static List<?> list(Object value) {
    return value == null ? List.of() : (List<?>) value;
  }
}
