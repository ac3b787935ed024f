/**
 * The format SPI: what a format author needs beside the model and the contracts in {@link
 * dev.profilekit.model.format} ({@link dev.profilekit.model.format.Format}, {@link
 * dev.profilekit.model.format.ProfileReader}, {@link dev.profilekit.model.format.ProfileWriter}).
 *
 * <ul>
 *   <li>{@link dev.profilekit.spi.FormatProvider}: how formats are registered (ServiceLoader).
 *   <li>{@link dev.profilekit.spi.TextInput}, {@link dev.profilekit.spi.InputBytes}: an input's
 *       text or bytes within the limits, with the diagnostics every format gives; {@link
 *       dev.profilekit.spi.TextWriter}: text written as UTF-8.
 *   <li>{@link dev.profilekit.spi.Node}: the positioned tree; {@link dev.profilekit.spi.TreeText}:
 *       JSON and YAML text to trees and back; {@link dev.profilekit.spi.ModelTrees}: trees bound
 *       to the model and back; {@link dev.profilekit.spi.JsonPath}: the paths diagnostics name.
 *   <li>{@link dev.profilekit.spi.ReadContext}, {@link dev.profilekit.spi.InputProblem}, {@link
 *       dev.profilekit.spi.LossReport}: diagnostics while reading, the one that stops a read, and
 *       a writer's losses; {@link dev.profilekit.spi.PostingDraft}: a posting being read.
 * </ul>
 *
 * <p>See {@code docs/writing-a-format.md}.
 */
package dev.profilekit.spi;
