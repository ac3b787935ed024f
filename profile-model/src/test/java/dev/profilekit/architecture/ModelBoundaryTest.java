package dev.profilekit.architecture;

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
 * profile-model's boundary: the SPI and the front door are built on the model's public API and
 * its internals, and show no third-party or generated type in a public signature.
 */
class ModelBoundaryTest {
  /** Packages whose types are not part of any public signature. */
  static final DescribedPredicate<JavaClass> FOREIGN = DescribedPredicate.describe(
      "a Jackson, flexmark, snakeyaml, Lucene or Immutables-generated type",
      type -> {
        String name = type.getName();
        return name.startsWith("tools.jackson.") || name.startsWith("com.fasterxml.jackson.")
            || name.startsWith("com.vladsch.flexmark.") || name.startsWith("org.snakeyaml.")
            || name.startsWith("org.apache.lucene.") || type.getSimpleName().startsWith("Immutable")
            || (type.getEnclosingClass().isPresent() && type.getEnclosingClass().get().getSimpleName().startsWith("Immutable"));
      });

  /** A public method's return and parameter types (raw) must not be {@link #FOREIGN}. */
  static ArchCondition<JavaMethod> exposeNoForeignType() {
    return new ArchCondition<>("expose no " + FOREIGN.getDescription()) {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        method.getRawParameterTypes().stream().filter(FOREIGN).forEach(type -> events.add(
            SimpleConditionEvent.violated(method, method.getFullName() + " takes " + type.getName())));
        if (FOREIGN.test(method.getRawReturnType())) {
          events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns " + method.getRawReturnType().getName()));
        }
      }
    };
  }

  private static final ArchRule SPI_AND_FRONT_DOOR_SHOW_NO_FOREIGN_TYPE = methods()
      .that().arePublic().and().areDeclaredInClassesThat().arePublic()
      .and().areDeclaredInClassesThat().resideInAnyPackage("dev.profilekit.spi", "dev.profilekit")
      .should(exposeNoForeignType());

  private static final ArchRule THE_SPI_DOES_NOT_DEPEND_ON_JACKSON = noClasses()
      .that().resideInAnyPackage("dev.profilekit.spi", "dev.profilekit")
      .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..");

  private static final ArchRule THE_MODEL_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("dev.profilekit.render..", "dev.profilekit.cli..");

  /** The classes the rules are about, imported once. */
  private static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("dev.profilekit");

  @Test
  void spiAndFrontDoorShowNoForeignType() {
    SPI_AND_FRONT_DOOR_SHOW_NO_FOREIGN_TYPE.check(CLASSES);
  }

  @Test
  void theSpiDoesNotDependOnJackson() {
    THE_SPI_DOES_NOT_DEPEND_ON_JACKSON.check(CLASSES);
  }

  @Test
  void theModelDependsOnNoOtherModule() {
    THE_MODEL_DEPENDS_ON_NO_OTHER_MODULE.check(CLASSES);
  }
}
