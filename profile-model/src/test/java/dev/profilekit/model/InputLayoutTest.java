package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InputLayoutTest {
  @Test
  void takesNoPartInEqualityButTravelsWithCopies() {
    Profile plain = Profile.builder().person(Person.builder().name("Ada").build()).build();
    Profile remembered = Profile.builder().from(plain).putInputLayout("jsonresume", Map.of("basics", Map.of())).build();

    assertThat(remembered).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(remembered.toString()).isEqualTo(plain.toString());
    assertThat(plain.inputLayout()).isEmpty();
    assertThat(Profile.builder().from(remembered).build().inputLayout()).containsOnlyKeys("jsonresume");
  }
}
