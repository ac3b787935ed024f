/**
 * Profile Kit's formats beyond the native one: HTML, Markdown, JSON Resume, PDF and the posting
 * readers, registered with the model's format registry. Only their public packages are
 * exported; the {@code internal} packages may change.
 */
@SuppressWarnings("requires-automatic") // flexmark, the OWASP sanitizer and openhtmltopdf have no module names yet.
module dev.profilekit.render {
  requires transitive dev.profilekit.model;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires tools.jackson.dataformat.toml;
  requires com.networknt.schema;
  requires com.samskivert.jmustache;
  requires org.jsoup;
  requires flexmark;
  requires flexmark.ext.tables;
  requires flexmark.util.ast;
  requires flexmark.util.collection;
  requires flexmark.util.data;
  requires flexmark.util.sequence;
  requires owasp.java.html.sanitizer;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.pdfbox;
  requires org.apache.fontbox;
  requires org.apache.pdfbox.io;
  // PDFBox logs through it; as an automatic module PDFBox cannot say so, so it would not be resolved.
  requires org.apache.commons.logging;
  requires java.desktop;
  requires java.logging;
  requires java.xml;
  requires static org.immutables.value.annotations;

  exports dev.profilekit.render.html;
  exports dev.profilekit.render.jsonresume;
  exports dev.profilekit.render.markdown;
  exports dev.profilekit.render.pdf;
  exports dev.profilekit.render.posting;

  provides dev.profilekit.spi.FormatProvider with dev.profilekit.render.internal.RenderFormatProvider;
}
