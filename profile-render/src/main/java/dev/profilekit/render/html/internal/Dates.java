package dev.profilekit.render.html.internal;

import dev.profilekit.model.PartialDate;
import java.util.Map;
import java.util.Optional;

/**
 * Dates for the view model: the ISO form for {@code <time datetime>}, which a partial date
 * already is, and a form for people ("Mar 2019", "14 May 2021").
 */
final class Dates {
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private Dates() {}

  static String text(PartialDate date) {
    String year = Integer.toString(date.year());
    if (date.month().isEmpty()) {
      return year;
    }
    String month = MONTHS[date.month().get() - 1] + " " + year;
    return date.day().map(day -> day + " " + month).orElse(month);
  }

  /** {@code {iso, text}}. */
  static Map<String, Object> date(PartialDate date) {
    return new ViewMap().with("iso", date.toString()).with("text", text(date));
  }

  /**
   * {@code {start, end, ongoing, text}}: an entry with a start and no end runs to the present;
   * null when there is no date at all.
   */
  static Map<String, Object> period(Optional<PartialDate> start, Optional<PartialDate> end) {
    if (start.isEmpty() && end.isEmpty()) {
      return null;
    }
    ViewMap view = new ViewMap();
    view.with("start", start.map(Dates::date).orElse(null));
    view.with("end", end.map(Dates::date).orElse(null));
    boolean ongoing = start.isPresent() && end.isEmpty();
    boolean single = start.isPresent() && start.equals(end);
    view.with("ongoing", ongoing);
    view.with("single", single);
    String text;
    if (single) {
      text = text(start.get());
    } else if (start.isEmpty()) {
      text = "until " + text(end.get());
    } else {
      text = text(start.get()) + " – " + end.map(Dates::text).orElse("present");
    }
    view.with("text", text);
    return view;
  }
}
