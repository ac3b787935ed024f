package dev.profilekit.model;

import java.util.Optional;

/** An entry that evidence can point at by its stable id. */
public interface Identified {
  Optional<String> id();
}
