/**
 * Profile Kit's model: the profile and its parts, reading and writing through registered
 * formats, validation, claims checked against targets, and the SPI for format authors. Only the
 * API and SPI packages are exported; everything in an {@code internal} package may change.
 */
module dev.profilekit.model {
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires static org.immutables.value.annotations;

  exports dev.profilekit;
  exports dev.profilekit.model;
  exports dev.profilekit.model.check;
  exports dev.profilekit.model.format;
  exports dev.profilekit.model.target;
  exports dev.profilekit.spi;

  uses dev.profilekit.spi.FormatProvider;

  provides dev.profilekit.spi.FormatProvider with dev.profilekit.model.internal.ModelFormatProvider;
}
