package dev.profilekit.model.check.internal;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.EvidenceKind;
import dev.profilekit.model.Priority;
import dev.profilekit.model.Profile;
import dev.profilekit.model.ProfileValidator;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.Target;
import dev.profilekit.model.check.AnswerEvidence;
import dev.profilekit.model.check.CheckReport;
import dev.profilekit.model.check.Coverage;
import dev.profilekit.model.check.Suggestion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One check of one profile: collects the findings in the report's order, then scores them. */
public final class CheckRun {
  private static final Pattern EMPTY_ITEM = Pattern.compile("\\s*(?:[-*+]|\\d{1,9}[.)])?\\s*");
  private static final List<String> REFERENCE_CODES = List.of("dangling-reference", "duplicate-id");
  private static final int SUGGESTIONS_EACH = 3;

  private final Profile profile;
  private final List<Target> targets;
  private final PlaceholderScanner scanner;
  private final LocalDate today;
  private final SourceLocator locator;
  private final List<Diagnostic> findings = new ArrayList<>();
  private final Set<String> emptyClaims = new HashSet<>();
  private final Map<String, List<AnswerEvidence>> answerEvidence = new LinkedHashMap<>();
  private final List<Gap> gaps = new ArrayList<>();

  /** Something a suggestion could fill: an unanswered requirement or a claim without evidence. */
  private record Gap(String kind, String id, String path, String text, Set<String> exclude) {}

  public CheckRun(Profile profile, List<Target> targets, List<Pattern> placeholders, LocalDate today, String source) {
    this.profile = profile;
    this.targets = targets;
    this.scanner = new PlaceholderScanner(placeholders);
    this.today = today;
    this.locator = source == null ? null : new SourceLocator(source);
  }

  public CheckReport run() {
    findEmptyClaims();
    readAnswers();
    int[] required = requirements(Priority.REQUIRED);
    int[] preferred = requirements(Priority.PREFERRED);
    reportEmptyClaims();
    int[] claims = claims();
    unusedEvidence();
    validation();
    int placeholders = placeholders();
    int contradictions = contradictions();
    Coverage coverage = Coverage.builder()
        .requiredAnswered(required[0]).requiredTotal(required[1])
        .preferredAnswered(preferred[0]).preferredTotal(preferred[1])
        .claimsWithEvidence(claims[0]).claimsWithOnlyWeakEvidence(claims[1]).claimsTotal(profile.claims().size())
        .emptyClaims(emptyClaims.size()).placeholders(placeholders).contradictions(contradictions)
        .build();
    Score score = Score.of(coverage, !targets.isEmpty());
    List<AnswerEvidence> read = answerEvidence.values().stream().flatMap(List::stream).toList();
    List<Suggestion> suggestions = suggestions(); // before the findings are copied: it may add one
    return CheckReport.builder()
        .targets(targets.stream().map(Target::id).toList())
        .findings(findings)
        .coverage(coverage)
        .scoreParts(score.parts())
        .notApplicable(score.notApplicable())
        .score(score.value())
        .answerEvidence(read)
        .suggestions(suggestions)
        .build();
  }

  /** Claims that say nothing once placeholders are taken out: "TBD", "(expand this)", an empty bullet. */
  private void findEmptyClaims() {
    for (Claim claim : profile.claims()) {
      if (EmptyText.isEmpty(claim.statement(), scanner)) {
        emptyClaims.add(claim.id());
      }
    }
  }

  /** Evidence read from each claim's words and from the untyped evidence it lists. */
  private void readAnswers() {
    AnswerReader reader = new AnswerReader(profile);
    Map<String, Integer> evidenceIndex = new HashMap<>();
    for (int i = 0; i < profile.evidence().size(); i++) {
      evidenceIndex.putIfAbsent(profile.evidence().get(i).id(), i);
    }
    for (int i = 0; i < profile.claims().size(); i++) {
      Claim claim = profile.claims().get(i);
      List<AnswerEvidence> found = new ArrayList<>();
      read(reader, claim, claim.statement(), "$.claims[" + i + "].statement", found);
      for (String id : claim.evidence()) {
        Integer index = evidenceIndex.get(id);
        Evidence listed = index == null ? null : profile.evidence().get(index);
        // Typed evidence says what it is already; untyped ("other") is what a draft's nested bullets give.
        if (listed != null && listed.kind() == EvidenceKind.OTHER) {
          read(reader, claim, listed.summary(), "$.evidence[" + index + "].summary", found);
        }
      }
      answerEvidence.put(claim.id(), found);
    }
  }

  private void read(AnswerReader reader, Claim claim, String text, String path, List<AnswerEvidence> into) {
    Optional<SourcePosition> exact = Optional.ofNullable(profile.sourceMap().asMap().get(path));
    for (AnswerReader.Found found : reader.read(text, EmptyText.visible(text, scanner))) {
      Optional<SourcePosition> at = exact
          .flatMap(field -> locator == null ? Optional.empty() : locator.locate(field, text, found.start(), found.end()))
          .or(() -> positionOf(path));
      into.add(AnswerEvidence.builder().claimId(claim.id()).kind(found.kind()).text(found.sentence())
          .refs(found.refs()).weak(found.weak()).path(path).position(at).build());
    }
  }

  /** An empty claim answers nothing; reported once each, after the requirements it leaves open. */
  private void reportEmptyClaims() {
    for (int i = 0; i < profile.claims().size(); i++) {
      Claim claim = profile.claims().get(i);
      if (!emptyClaims.contains(claim.id())) {
        continue;
      }
      String path = "$.claims[" + i + "].statement";
      String says = claim.statement().isBlank() ? "is empty" : "says nothing but \"" + oneLine(claim.statement()) + "\"";
      report(Diagnostic.warning("empty-claim", "claim `" + claim.id() + "` " + says + ": it answers nothing and is not counted"),
          path, positionOf(path), "write the answer, or remove the claim");
    }
  }

  /** Reports unanswered requirements of one priority; returns {answered, total}. */
  private int[] requirements(Priority priority) {
    Set<String> claimIds = profile.claims().stream().map(Claim::id).collect(Collectors.toSet());
    int answered = 0;
    int total = 0;
    for (int t = 0; t < profile.targets().size(); t++) {
      Target target = profile.targets().get(t);
      if (targets.stream().noneMatch(checked -> checked == target)) {
        continue;
      }
      for (int g = 0; g < target.groups().size(); g++) {
        RequirementGroup group = target.groups().get(g);
        if (group.priority() != priority) {
          continue;
        }
        for (int r = 0; r < group.requirements().size(); r++) {
          Requirement requirement = group.requirements().get(r);
          total++;
          if (requirement.claims().stream().anyMatch(id -> claimIds.contains(id) && !emptyClaims.contains(id))) {
            answered++;
            continue;
          }
          boolean onlyEmpty = requirement.claims().stream().anyMatch(claimIds::contains);
          String path = "$.targets[" + t + "].groups[" + g + "].requirements[" + r + "]";
          String ofTarget = targets.size() > 1 ? " of target `" + target.id() + "`" : "";
          String name = requirement.id().map(id -> " `" + id + "`").orElse("");
          Diagnostic base = priority == Priority.REQUIRED
              ? Diagnostic.error("unanswered-required", "required requirement" + name + ofTarget + " has no claim answering it: \"" + oneLine(requirement.text()) + "\"")
              : Diagnostic.warning("unanswered-preferred", "preferred requirement" + name + ofTarget + " has no claim answering it: \"" + oneLine(requirement.text()) + "\"");
          report(base, path, positionOf(path + ".text"),
              requirement.claims().isEmpty()
                  ? "write a claim that answers it and list the claim's id under its `claims:`"
                  : onlyEmpty
                      ? "its answer is empty or only a placeholder: write the answer"
                      : "the claims it lists do not exist: fix the ids or write the claims");
          gaps.add(new Gap("requirement", requirement.id().orElse(requirement.text()), path, requirement.text(),
              Set.copyOf(requirement.claims())));
        }
      }
    }
    return new int[] {answered, total};
  }

  /** Reports claims without evidence, then claims with only weak evidence; returns {with evidence, only weak}. */
  private int[] claims() {
    Map<String, Evidence> evidenceById = new HashMap<>();
    profile.evidence().forEach(e -> evidenceById.putIfAbsent(e.id(), e));
    List<Runnable> weakFindings = new ArrayList<>();
    int withEvidence = 0;
    int onlyWeak = 0;
    for (int i = 0; i < profile.claims().size(); i++) {
      Claim claim = profile.claims().get(i);
      if (emptyClaims.contains(claim.id())) {
        continue;
      }
      String path = "$.claims[" + i + "]";
      // Evidence that is only a note to self ("(perhaps give some examples)") backs nothing.
      List<Evidence> evidence = claim.evidence().stream().map(evidenceById::get).filter(Objects::nonNull)
          .filter(e -> !EmptyText.isEmpty(e.summary(), scanner) || e.url().isPresent() || e.metric().isPresent())
          .toList();
      List<AnswerEvidence> read = answerEvidence.getOrDefault(claim.id(), List.of());
      if (evidence.isEmpty() && read.isEmpty()) {
        gaps.add(new Gap("claim", claim.id(), path, claim.statement(), Set.of(claim.id())));
        report(
            Diagnostic.warning("claim-without-evidence", "claim `" + claim.id() + "` has no evidence: \"" + oneLine(claim.statement()) + "\""),
            path, positionOf(path),
            claim.evidence().isEmpty()
                ? "back it with evidence (a publication, a project with a measured outcome, an award, a testimonial) and list the evidence's id under `evidence:`"
                : "the evidence it lists does not exist: fix the ids or add the evidence");
        continue;
      }
      withEvidence++;
      if (evidence.stream().allMatch(WeakEvidence::isWeak) && read.stream().allMatch(AnswerEvidence::weak)) {
        onlyWeak++;
        String described = java.util.stream.Stream.concat(
                evidence.stream().map(e -> "`" + e.id() + "` is " + WeakEvidence.why(e)),
                read.stream().map(e -> "\"" + oneLine(e.text()) + "\" " + (e.kind() == EvidenceKind.LINK
                    ? "is a bare link"
                    : "points at " + e.kind().id() + " entries the profile does not have")))
            .collect(Collectors.joining("; "));
        String evidencePath = path + ".evidence";
        weakFindings.add(() -> report(
            Diagnostic.warning("weak-evidence", "claim `" + claim.id() + "` rests only on weak evidence: " + described),
            evidencePath, positionOf(evidencePath),
            "give the evidence a date, a metric or `refs:` to the entry it comes from, or add stronger evidence"));
      }
    }
    weakFindings.forEach(Runnable::run);
    return new int[] {withEvidence, onlyWeak};
  }

  /** For each gap, the closest claims, evidence and entries; an empty list when there is no gap. */
  private List<Suggestion> suggestions() {
    if (gaps.isEmpty()) {
      return List.of();
    }
    String language = Languages.named(profile).orElse(Languages.DEFAULT);
    if (!Languages.hasAnalyzer(language)) {
      findings.add(Diagnostic.warning("no-stemmer-for-language",
          "suggestions are ranked without stemming or stop words: no analyzer for the profile's language `" + language + "`"));
    }
    List<Suggestion> suggestions = new ArrayList<>();
    try (SuggestionIndex index = new SuggestionIndex(Languages.analyzer(language), SuggestionEntries.of(profile, emptyClaims))) {
      for (Gap gap : gaps) {
        boolean forRequirement = gap.kind().equals("requirement");
        List<Suggestion.Match> matches = index.closest(gap.text(),
            entry -> (forRequirement || !entry.kind().equals("claim")) && entry.id().map(id -> !gap.exclude().contains(id)).orElse(true),
            SUGGESTIONS_EACH);
        if (!matches.isEmpty()) {
          suggestions.add(Suggestion.builder().forKind(gap.kind()).forId(gap.id()).forPath(gap.path()).matches(matches).build());
        }
      }
    }
    return suggestions;
  }

  private void unusedEvidence() {
    Set<String> used = new HashSet<>();
    profile.claims().forEach(claim -> used.addAll(claim.evidence()));
    for (int i = 0; i < profile.evidence().size(); i++) {
      Evidence evidence = profile.evidence().get(i);
      if (!used.contains(evidence.id())) {
        String path = "$.evidence[" + i + "]";
        report(Diagnostic.warning("unused-evidence", "evidence `" + evidence.id() + "` backs no claim"),
            path, positionOf(path), "list its id under the `evidence:` of the claim it supports, or remove it");
      }
    }
  }

  /** The validator's findings, dangling references and duplicate ids first. */
  private void validation() {
    List<Diagnostic> validation = new ArrayList<>(ProfileValidator.validate(profile));
    validation.sort(Comparator.comparingInt(d -> REFERENCE_CODES.contains(d.code()) ? REFERENCE_CODES.indexOf(d.code()) : REFERENCE_CODES.size()));
    findings.addAll(validation);
  }

  private int placeholders() {
    int count = 0;
    // A Markdown draft keeps a claim's text in its section too: the same words at the same spot
    // of the source are one placeholder, however many fields reach them.
    Set<SourcePosition> located = new HashSet<>();
    for (ProseField field : ProseFields.of(profile)) {
      Optional<SourcePosition> fieldPosition = positionOf(field.path());
      // Only a field's own position is a safe place to search from: from an enclosing value's,
      // the same words in an earlier sibling would be found instead.
      Optional<SourcePosition> exact = Optional.ofNullable(profile.sourceMap().asMap().get(field.path()));
      for (PlaceholderScanner.Hit hit : scanner.scan(field.text())) {
        Optional<SourcePosition> exactHit = exact
            .flatMap(at -> locator == null ? Optional.empty() : locator.locate(at, field.text(), hit.start(), hit.end()));
        if (exactHit.isPresent() && !located.add(exactHit.get())) {
          continue;
        }
        count++;
        Optional<SourcePosition> position = exactHit.or(() -> fieldPosition);
        String shown = EMPTY_ITEM.matcher(hit.text()).matches() ? "empty list item" : "placeholder \"" + oneLine(hit.text()) + "\"";
        report(Diagnostic.error("placeholder", shown + " left in " + field.owner()),
            field.path(), position, "finish the text or remove the note before sending");
      }
    }
    return count;
  }

  private int contradictions() {
    int count = 0;
    for (int i = 0; i < profile.claims().size(); i++) {
      Claim claim = profile.claims().get(i);
      Optional<ExperienceSpan.Finding> span = ExperienceSpan.of(claim, profile, today);
      if (span.isEmpty() || span.get().years() >= span.get().claimed()) {
        continue;
      }
      count++;
      ExperienceSpan.Finding found = span.get();
      String path = "$.claims[" + i + "].statement";
      String years = String.format(Locale.ROOT, "%.1f", Math.floor(found.years() * 10) / 10);
      String to = found.to().map(Object::toString).orElse("today");
      report(
          Diagnostic.error("contradicted-claim",
              "claim `" + claim.id() + "` says \"" + found.claimedText() + "\", but the dated entries and evidence for "
                  + String.join(", ", claim.tags()) + " span " + years + " years (" + found.from() + " to " + to + ")"),
          path, positionOf(path),
          "correct the number, or add the dated work, projects or evidence that show it, tagged " + claim.tags().get(0));
    }
    return count;
  }

  private Optional<SourcePosition> positionOf(String path) {
    return profile.sourceMap().positionOf(path);
  }

  private void report(Diagnostic base, String path, Optional<SourcePosition> position, String hint) {
    findings.add(base.withPath(profile.sourceMap().inputPath(path)).withPosition(position).withHint(hint));
  }

  private static String oneLine(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }
}
