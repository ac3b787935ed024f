/**
 * How formats plug in: a {@link dev.profilekit.model.format.ProfileReader} turns an
 * {@link dev.profilekit.model.format.Input} into a profile with diagnostics, a
 * {@link dev.profilekit.model.format.ProfileWriter} turns a profile into text with a loss report,
 * and {@link dev.profilekit.model.format.Formats} finds them by id or file name.
 */
@dev.profilekit.model.internal.ValueStyle
package dev.profilekit.model.format;
