package dev.profilekit.model.check.internal;

/**
 * One field of a profile that holds prose.
 *
 * @param path the JSON path of the value, e.g. {@code $.claims[3].statement}
 * @param owner what the field belongs to, for messages: "claim `c1`", "section \"About\""
 * @param text the value as read
 */
public record ProseField(String path, String owner, String text) {}
