package dev.profilekit.model.check;

import dev.profilekit.model.Profile;
import dev.profilekit.model.Target;
import dev.profilekit.model.check.internal.CheckRun;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a profile the way a reader of the finished document would: which requirements of the
 * target no claim answers, which claims have no or only weak evidence, which evidence nothing
 * uses, which references dangle, which drafts still hold placeholders, and which claims the
 * profile's own dates contradict. Immutable and thread-safe: build once, check many profiles.
 *
 * <p>Which targets are checked: the one named by {@link Builder#target(String)}; otherwise every
 * target of the profile (with one target, that one). A profile without targets gets the
 * claim, evidence and draft checks only.
 */
public final class ProfileChecker {
  private final Optional<String> targetId;
  private final List<String> patterns;
  private final List<Pattern> compiled;
  private final Clock clock;

  private ProfileChecker(Builder builder) {
    this.targetId = Optional.ofNullable(builder.targetId);
    this.patterns = builder.patterns;
    this.compiled = patterns.stream().map(PlaceholderPatterns::compile).toList();
    this.clock = builder.clock;
  }

  /**
   * A checker with the built-in placeholder patterns, checking every target, dating by the system
   * clock.
   *
   * @return the standard checker
   */
  public static ProfileChecker standard() {
    return builder().build();
  }

  /**
   * {@return a builder for a checker: by default the built-in placeholder patterns, every target
   * and the system clock}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the one target this checker checks; empty when it checks every target} */
  public Optional<String> targetId() {
    return targetId;
  }

  /** {@return the placeholder patterns (regular expressions) this checker looks for} */
  public List<String> placeholderPatterns() {
    return patterns;
  }

  /**
   * Checks a profile; findings point at the positions in its {@link Profile#sourceMap()}.
   *
   * @param profile the profile, read or built
   * @return the report
   * @throws IllegalArgumentException when a target was named that the profile does not have
   */
  public CheckReport check(Profile profile) {
    return check(profile, null);
  }

  /**
   * Checks a profile read from {@code source}; a placeholder inside a long field is then
   * reported at its own line and column rather than at the start of the field.
   *
   * @param profile the profile read from {@code source}
   * @param source the text the profile was read from
   * @return the report
   * @throws IllegalArgumentException when a target was named that the profile does not have
   */
  public CheckReport check(Profile profile, String source) {
    return new CheckRun(profile, targets(profile), compiled, LocalDate.now(clock), source).run();
  }

  private List<Target> targets(Profile profile) {
    if (targetId.isEmpty()) {
      return profile.targets();
    }
    return List.of(profile.target(targetId.get()).orElseThrow(() -> new IllegalArgumentException(
        "the profile has no target `" + targetId.get() + "`"
            + (profile.targets().isEmpty()
                ? " (it has no targets)"
                : " (its targets: " + profile.targets().stream().map(Target::id).collect(Collectors.joining(", ")) + ")"))));
  }

  /** Configures a checker. */
  public static final class Builder {
    private String targetId;
    private List<String> patterns = PlaceholderPatterns.DEFAULTS;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * Checks only this target; {@code null} checks every target.
     *
     * @param targetId the target's id, or {@code null}
     * @return this builder
     */
    public Builder target(String targetId) {
      this.targetId = targetId;
      return this;
    }

    /**
     * The placeholder patterns (regular expressions), replacing {@link PlaceholderPatterns#DEFAULTS}.
     *
     * @param patterns the regular expressions
     * @return this builder
     * @throws IllegalArgumentException when one is not a valid expression
     */
    public Builder placeholderPatterns(List<String> patterns) {
      patterns.forEach(PlaceholderPatterns::compile);
      this.patterns = List.copyOf(patterns);
      return this;
    }

    /**
     * The clock that says what "today" is, for entries that have not ended.
     *
     * @param clock the clock, e.g. a fixed one in tests
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** {@return the checker; immutable and thread-safe, so share it} */
    public ProfileChecker build() {
      return new ProfileChecker(this);
    }
  }
}
