package dev.profilekit.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The command only wires the library: it uses profile-model's and profile-render's public API
 * and SPI, never their internals (tests included, and the test-only binary format too).
 */
class CliBoundaryTest {
  private static final ArchRule NO_IMPORT_OF_THE_LIBRARYS_INTERNALS = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("dev.profilekit.model..internal..", "dev.profilekit.render..internal..")
      .because("the command line is a client of the library like any other");

  /** The classes the rules are about, imported once. */
  private static final JavaClasses CLASSES = new ClassFileImporter().importPackages("dev.profilekit.cli");

  @Test
  void noImportOfTheLibrarysInternals() {
    NO_IMPORT_OF_THE_LIBRARYS_INTERNALS.check(CLASSES);
  }
}
