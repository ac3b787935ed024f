/**
 * JSON Resume (<a href="https://jsonresume.org/schema">jsonresume.org</a>) as a Profile Kit
 * format, registered as {@code jsonresume}.
 *
 * <p>Writing produces a document valid against the official JSON Resume 1.0.0 schema with format
 * assertions on: keys in the schema's order, two-space indentation, UTF-8, a trailing newline.
 * Everything the model holds that JSON Resume has no valid place for — narrative sections,
 * claims, evidence, targets, front matter, profile extensions, entry ids and tags, values the
 * schema would reject — is written under {@code meta.profilekit}, a versioned object in Profile
 * Kit's native form whose lists line up with JSON Resume's. Values the schema would reject are
 * also reported in {@link dev.profilekit.model.format.WriteResult#losses()}.
 *
 * <p>Reading accepts JSON Resume 1.0.0 and later 1.x documents: unknown keys inside objects
 * become extensions and are written back in place; unknown top-level keys (allowed since 1.2)
 * become profile extensions with a warning; pre-1.0 names ({@code website}, {@code company},
 * {@code picture}, {@code gpa}) are read with a warning. With the read setting
 * {@code validate=strict} the input is also checked against the official 1.0.0 schema.
 */
package dev.profilekit.render.jsonresume;
