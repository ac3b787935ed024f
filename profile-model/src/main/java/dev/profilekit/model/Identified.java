package dev.profilekit.model;

import java.util.Optional;

/** An entry that evidence can point at by its stable id. */
public interface Identified {
  /** {@return the entry's id, unique in the profile; empty when the entry has none} */
  Optional<String> id();
}
