package dev.profilekit.model.check.internal;

import dev.profilekit.model.Award;
import dev.profilekit.model.Certificate;
import dev.profilekit.model.Claim;
import dev.profilekit.model.Dated;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.Identified;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Project;
import dev.profilekit.model.Publication;
import dev.profilekit.model.Skill;
import dev.profilekit.model.Volunteer;
import dev.profilekit.model.Work;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the dated facts of a profile say about a claim of years of experience ("10+ years of
 * Python"): the span from the earliest start to the latest end of the work, volunteer and
 * project entries tagged with the claim's skills, and of the evidence linked to the claim
 * (its date, and the dates of the entries it refers to). An entry with no end date runs to today.
 */
public final class ExperienceSpan {
  private static final Pattern YEARS =
      Pattern.compile("(\\d{1,2})\\s*+\\+?\\s*+(?:years?|yrs?)\\b", Pattern.CASE_INSENSITIVE);
  private static final double DAYS_PER_YEAR = 365.25;

  /** A claim's stated years, and the span the profile's dated facts cover. */
  public record Finding(int claimed, String claimedText, double years, PartialDate from, Optional<PartialDate> to) {}

  private ExperienceSpan() {}

  /** The number of years a statement claims, if it claims any. */
  public static OptionalInt claimedYears(CharSequence statement) {
    Matcher m = YEARS.matcher(statement);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  private static String claimedText(String statement) {
    Matcher m = YEARS.matcher(statement);
    return m.find() ? m.group() : "";
  }

  /**
   * The span the facts cover, when the claim states a number of years, has tags, and there is
   * at least one dated fact about those tags.
   */
  public static Optional<Finding> of(Claim claim, Profile profile, LocalDate today) {
    OptionalInt claimed = claimedYears(claim.statement());
    if (claimed.isEmpty() || claim.tags().isEmpty()) {
      return Optional.empty();
    }
    Set<String> keys = skillKeys(claim.tags(), profile.skills());
    List<Period> periods = new ArrayList<>();
    Stream.of(profile.work(), profile.volunteer(), profile.projects())
        .flatMap(List::stream)
        .filter(entry -> tagged(entry, keys))
        .forEach(entry -> period((Dated) entry).ifPresent(periods::add));
    for (String evidenceId : claim.evidence()) {
      profile.evidence(evidenceId).ifPresent(evidence -> evidencePeriods(evidence, profile, periods));
    }
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    PartialDate from = periods.stream().map(Period::from).min(PartialDate::compareTo).orElseThrow();
    boolean open = periods.stream().anyMatch(p -> p.to().isEmpty());
    Optional<PartialDate> to = open
        ? Optional.empty()
        : periods.stream().map(p -> p.to().orElseThrow()).max(PartialDate::compareTo);
    LocalDate end = to.map(PartialDate::end).orElse(today);
    double years = Math.max(0, ChronoUnit.DAYS.between(from.start(), end) + 1) / DAYS_PER_YEAR;
    return Optional.of(new Finding(claimed.getAsInt(), claimedText(claim.statement()), years, from, to));
  }

  /** A claim's tags and, for each tag naming a skill (by id or name), that skill's id and name. */
  private static Set<String> skillKeys(List<String> tags, List<Skill> skills) {
    Set<String> keys = new HashSet<>();
    for (String tag : tags) {
      String wanted = normal(tag);
      keys.add(wanted);
      for (Skill skill : skills) {
        boolean named = skill.id().map(ExperienceSpan::normal).filter(wanted::equals).isPresent()
            || skill.name().map(ExperienceSpan::normal).filter(wanted::equals).isPresent();
        if (named) {
          skill.id().map(ExperienceSpan::normal).ifPresent(keys::add);
          skill.name().map(ExperienceSpan::normal).ifPresent(keys::add);
        }
      }
    }
    return keys;
  }

  private static boolean tagged(Object entry, Set<String> keys) {
    List<String> tags = entry instanceof Work
        ? ((Work) entry).tags()
        : entry instanceof Volunteer ? ((Volunteer) entry).tags() : ((Project) entry).tags();
    return tags.stream().map(ExperienceSpan::normal).anyMatch(keys::contains);
  }

  private static void evidencePeriods(Evidence evidence, Profile profile, List<Period> periods) {
    evidence.date().ifPresent(date -> periods.add(new Period(date, Optional.of(date))));
    for (String ref : evidence.refs()) {
      profile.identifiedEntries()
          .filter(entry -> entry.id().filter(ref::equals).isPresent())
          .findFirst()
          .flatMap(ExperienceSpan::periodOf)
          .ifPresent(periods::add);
    }
  }

  private static Optional<Period> periodOf(Identified entry) {
    if (entry instanceof Dated) {
      return period((Dated) entry);
    }
    Optional<PartialDate> date = Optional.empty();
    if (entry instanceof Publication) {
      date = ((Publication) entry).releaseDate();
    } else if (entry instanceof Award) {
      date = ((Award) entry).date();
    } else if (entry instanceof Certificate) {
      date = ((Certificate) entry).date();
    }
    return date.map(d -> new Period(d, Optional.of(d)));
  }

  private static Optional<Period> period(Dated entry) {
    if (entry.startDate().isPresent()) {
      return Optional.of(new Period(entry.startDate().get(), entry.endDate()));
    }
    return entry.endDate().map(end -> new Period(end, Optional.of(end)));
  }

  private static String normal(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  /** From a start to an end; an empty end means "to today". */
  private record Period(PartialDate from, Optional<PartialDate> to) {}
}
