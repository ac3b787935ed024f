/**
 * The HTML format: {@link dev.profilekit.render.html.HtmlWriter} renders a profile as a
 * self-contained, themable, print-ready page.
 */
package dev.profilekit.render.html;
