/**
 * The profile model: immutable value types with builders, one per part of a professional
 * profile. Every reader produces a {@link dev.profilekit.model.Profile}; every writer consumes one.
 */
@ProfileStyle
package dev.profilekit.model;
