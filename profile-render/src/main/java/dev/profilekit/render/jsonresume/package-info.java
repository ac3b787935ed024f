/**
 * JSON Resume (<a href="https://jsonresume.org/schema">jsonresume.org</a>) as a Profile Kit
 * format, registered as {@code jsonresume}.
 *
 * <p>Writing a valid profile produces a document valid against the official JSON Resume 1.0.0
 * schema with format assertions on (checked as ajv-formats checks them): keys in the schema's
 * order, two-space indentation, UTF-8, a trailing newline. Beside each 1.0 key the pre-1.0 alias
 * popular themes read is written with the same value ({@code work[].company},
 * {@code basics.website}, …) unless the write setting {@link JsonResumeFormat#ALIASES_SETTING}
 * is {@code off}; {@code basics.location}, {@code basics.profiles} and {@code projects[].roles}
 * are always written. Everything the model holds that JSON Resume has no valid place for —
 * narrative sections, claims, evidence, targets, front matter, profile extensions, entry ids and
 * tags, values the schema would reject — is written under {@code meta.profilekit}, a versioned
 * object in Profile Kit's native form whose lists line up with JSON Resume's. Values the schema
 * would reject are also reported in {@link dev.profilekit.model.format.WriteResult#losses()}.
 *
 * <p>Reading accepts the JSON Resumes people have, 0.0.x to 1.x: {@code ""}, {@code null},
 * {@code "Present"}, numbers where text is wanted, comments, dates the calendar does not have
 * and pre-1.0 names are read with a warning each, never refused; unknown keys become
 * extensions. The document is kept as the profile's input layout, so that writing JSON Resume
 * gives it back key for key, in order. Diagnostics name the document's own paths. With the read
 * setting {@code validate=strict} the input is also checked against the official 1.0.0 schema.
 */
package dev.profilekit.render.jsonresume;
