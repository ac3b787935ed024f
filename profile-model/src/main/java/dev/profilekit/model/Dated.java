package dev.profilekit.model;

import java.util.Optional;

/** An entry that spans a period; an absent end date means "to the present". */
public interface Dated {
  /** {@return when the period began} */
  Optional<PartialDate> startDate();

  /** {@return when the period ended; empty for "to the present"} */
  Optional<PartialDate> endDate();
}
