package dev.profilekit.model;

import java.util.Optional;

/** An entry that spans a period; an absent end date means "to the present". */
public interface Dated {
  Optional<PartialDate> startDate();

  Optional<PartialDate> endDate();
}
