package dev.profilekit.render.html.internal;

import dev.profilekit.model.Education;
import dev.profilekit.model.Location;
import dev.profilekit.model.Person;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Work;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema.org {@code Person} for the page's head, as script-safe JSON. Only URLs that passed
 * the page's URL check appear in it.
 */
final class PersonJsonLd {
  private PersonJsonLd() {}

  static String of(Profile profile) {
    Person person = profile.person();
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("@context", "https://schema.org");
    tree.put("@type", "Person");
    person.name().ifPresent(name -> tree.put("name", name));
    person.label().ifPresent(label -> tree.put("jobTitle", label));
    putUrl(tree, "url", person.url());
    Optional<String> image = person.image().flatMap(url -> SafeUrls.check(url, SafeUrls.IMAGE_SCHEMES));
    image.ifPresent(url -> tree.put("image", url));
    person.email().ifPresent(email -> tree.put("email", email));
    person.phone().ifPresent(phone -> tree.put("telephone", phone));
    person.location().map(PersonJsonLd::address).filter(a -> a.size() > 1).ifPresent(a -> tree.put("address", a));
    putList(tree, "sameAs", person.links().stream()
        .flatMap(link -> link.url().flatMap(url -> SafeUrls.check(url, SafeUrls.LINK_SCHEMES)).stream())
        .map(Object.class::cast)
        .toList());
    putList(tree, "worksFor", profile.work().stream()
        .filter(work -> work.endDate().isEmpty() && work.name().isPresent())
        .map(PersonJsonLd::organization)
        .toList());
    putList(tree, "alumniOf", profile.education().stream()
        .filter(education -> education.institution().isPresent())
        .map(PersonJsonLd::school)
        .toList());
    putList(tree, "award", profile.awards().stream()
        .flatMap(award -> award.title().stream())
        .map(Object.class::cast)
        .toList());
    putList(tree, "knowsAbout", profile.skills().stream()
        .flatMap(skill -> skill.name().stream())
        .map(Object.class::cast)
        .toList());
    putList(tree, "knowsLanguage", profile.languages().stream()
        .flatMap(language -> language.language().stream())
        .map(Object.class::cast)
        .toList());
    return JsonLd.scriptSafe(tree);
  }

  private static Object organization(Work work) {
    Map<String, Object> organization = new LinkedHashMap<>();
    organization.put("@type", "Organization");
    organization.put("name", work.name().orElseThrow());
    putUrl(organization, "url", work.url());
    return organization;
  }

  private static Object school(Education education) {
    Map<String, Object> school = new LinkedHashMap<>();
    school.put("@type", "EducationalOrganization");
    school.put("name", education.institution().orElseThrow());
    putUrl(school, "url", education.url());
    return school;
  }

  private static Map<String, Object> address(Location location) {
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("@type", "PostalAddress");
    location.address().ifPresent(value -> address.put("streetAddress", value));
    location.postalCode().ifPresent(value -> address.put("postalCode", value));
    location.city().ifPresent(value -> address.put("addressLocality", value));
    location.region().ifPresent(value -> address.put("addressRegion", value));
    location.countryCode().ifPresent(value -> address.put("addressCountry", value));
    return address;
  }

  private static void putUrl(Map<String, Object> tree, String key, Optional<String> url) {
    url.flatMap(value -> SafeUrls.check(value, SafeUrls.LINK_SCHEMES)).ifPresent(value -> tree.put(key, value));
  }

  private static void putList(Map<String, Object> tree, String key, List<Object> values) {
    if (!values.isEmpty()) {
      tree.put(key, new ArrayList<>(values));
    }
  }
}
