/**
 * A format written outside Profile Kit against its SPI alone: the module system lets it see only
 * the packages profile-model exports, so an import of an internal package does not compile.
 */
module org.example.vcard {
  requires dev.profilekit.model;

  provides dev.profilekit.spi.FormatProvider with org.example.vcard.VCardFormatProvider;
}
