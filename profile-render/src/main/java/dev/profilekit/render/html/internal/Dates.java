package dev.profilekit.render.html.internal;

import dev.profilekit.model.PartialDate;
import dev.profilekit.render.internal.LocalDates;
import java.util.Map;
import java.util.Optional;

/**
 * Dates for the view model: the ISO form for {@code <time datetime>}, which a partial date
 * already is, and a form for people in the page's language ("Mar 2019", "März 2019").
 */
final class Dates {
  private final LocalDates local;

  Dates(LocalDates local) {
    this.local = local;
  }

  String text(PartialDate date) {
    return local.format(date);
  }

  /** {@code {iso, text}}. */
  Map<String, Object> date(PartialDate date) {
    return new ViewMap().with("iso", date.toString()).with("text", text(date));
  }

  /**
   * {@code {start, end, ongoing, single, text, untilBefore, untilAfter, present}}: an entry with a
   * start and no end runs to the present; null when there is no date at all.
   */
  Map<String, Object> period(Optional<PartialDate> start, Optional<PartialDate> end) {
    if (start.isEmpty() && end.isEmpty()) {
      return null;
    }
    ViewMap view = new ViewMap();
    view.with("start", start.map(this::date).orElse(null));
    view.with("end", end.map(this::date).orElse(null));
    boolean ongoing = start.isPresent() && end.isEmpty();
    boolean single = start.isPresent() && start.equals(end);
    view.with("ongoing", ongoing);
    view.with("single", single);
    view.with("untilBefore", local.untilBefore());
    view.with("untilAfter", local.untilAfter());
    view.with("present", local.present());
    view.with("text", single ? text(start.get()) : local.period(start, end));
    return view;
  }
}
