/**
 * Postings written in Markdown, read into targets: see {@link dev.profilekit.render.posting.MarkdownPostingReader}.
 */
package dev.profilekit.render.posting;
