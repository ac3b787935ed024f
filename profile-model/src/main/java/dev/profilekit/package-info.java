/**
 * The front door for library users: {@link dev.profilekit.ProfileKit} reads, writes and converts
 * profiles in every format on the class path. The model is in {@link dev.profilekit.model}, the
 * format registry in {@link dev.profilekit.model.format}, and what format authors implement in
 * {@link dev.profilekit.spi}.
 */
package dev.profilekit;
