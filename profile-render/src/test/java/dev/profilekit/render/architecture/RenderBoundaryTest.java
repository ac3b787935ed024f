package dev.profilekit.render.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * profile-render's boundary: its formats are written against profile-model's API and SPI alone
 * (tests included), and its public packages show no library type in a signature.
 */
class RenderBoundaryTest {
  private static final DescribedPredicate<JavaClass> FOREIGN = DescribedPredicate.describe(
      "a Jackson, flexmark, JMustache, jsoup, OWASP or Immutables-generated type",
      type -> {
        String name = type.getName();
        return name.startsWith("tools.jackson.") || name.startsWith("com.fasterxml.jackson.")
            || name.startsWith("com.vladsch.flexmark.") || name.startsWith("com.samskivert.")
            || name.startsWith("org.jsoup.") || name.startsWith("org.owasp.")
            || type.getSimpleName().startsWith("Immutable");
      });

  private static final ArchRule NO_IMPORT_OF_THE_MODELS_INTERNALS = noClasses()
      .should().dependOnClassesThat().resideInAPackage("dev.profilekit.model..internal..")
      .because("formats are written against profile-model's API and dev.profilekit.spi");

  private static final ArchRule NO_IMPORT_OF_THE_COMMAND_LINE = noClasses()
      .should().dependOnClassesThat().resideInAPackage("dev.profilekit.cli..");

  private static final ArchRule PUBLIC_SIGNATURES_SHOW_NO_LIBRARY_TYPE = methods()
      .that().arePublic().and().areDeclaredInClassesThat().arePublic()
      .and().areDeclaredInClassesThat().resideOutsideOfPackage("dev.profilekit.render..internal..")
      .should(new ArchCondition<>("expose no " + FOREIGN.getDescription()) {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
          method.getRawParameterTypes().stream().filter(FOREIGN).forEach(type -> events.add(
              SimpleConditionEvent.violated(method, method.getFullName() + " takes " + type.getName())));
          if (FOREIGN.test(method.getRawReturnType())) {
            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns " + method.getRawReturnType().getName()));
          }
        }
      });

  /** The classes the rules are about, imported once. */
  private static final JavaClasses CLASSES = new ClassFileImporter().importPackages("dev.profilekit.render");

  @Test
  void noImportOfTheModelsInternals() {
    NO_IMPORT_OF_THE_MODELS_INTERNALS.check(CLASSES);
  }

  @Test
  void noImportOfTheCommandLine() {
    NO_IMPORT_OF_THE_COMMAND_LINE.check(CLASSES);
  }

  @Test
  void publicSignaturesShowNoLibraryType() {
    PUBLIC_SIGNATURES_SHOW_NO_LIBRARY_TYPE.check(CLASSES);
  }
}
