/**
 * The Markdown format: {@link dev.profilekit.render.markdown.MarkdownReader} reads pages with
 * YAML front matter, {@link dev.profilekit.render.markdown.MarkdownWriter} writes them (and
 * answers documents). Conventions are described in {@code docs/markdown.md}.
 */
package dev.profilekit.render.markdown;
