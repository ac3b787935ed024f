/** Writers (and their readers) for the formats beyond the native one: JSON Resume, Markdown, HTML. */
package dev.profilekit.render;
