/**
 * Checking a profile against what it claims and what a target asks:
 * {@link dev.profilekit.model.check.ProfileChecker} gives a
 * {@link dev.profilekit.model.check.CheckReport} (findings, coverage, score), and
 * {@link dev.profilekit.model.check.ProfileTailor} cuts a profile down to one target.
 */
@dev.profilekit.model.internal.ValueStyle
package dev.profilekit.model.check;
