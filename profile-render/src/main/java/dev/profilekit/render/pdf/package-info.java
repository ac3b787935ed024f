/**
 * PDF: {@link dev.profilekit.render.pdf.PdfWriter} prints a profile through the HTML theme's
 * print page ({@code print.mustache}, {@code print.css}) to a tagged PDF/A-3b with embedded
 * fonts and the profile's native YAML attached as its source; {@link
 * dev.profilekit.render.pdf.PdfReader} reads that source back. See {@code docs/pdf.md}.
 */
package dev.profilekit.render.pdf;
