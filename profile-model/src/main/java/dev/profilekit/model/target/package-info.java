/**
 * Targets from real postings: {@link dev.profilekit.model.target.JobPostingReader} reads a JSON
 * Resume job description, {@link dev.profilekit.model.target.TargetImport} adds a target to a
 * profile without losing anything already there.
 */
@dev.profilekit.model.internal.ValueStyle
package dev.profilekit.model.target;
