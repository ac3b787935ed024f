/**
 * The profile model: immutable value types with builders, one per part of a professional
 * profile. Every reader produces a {@link dev.profilekit.model.Profile}; every writer consumes one.
 */
@dev.profilekit.model.internal.ValueStyle
package dev.profilekit.model;
