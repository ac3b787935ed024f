package dev.profilekit.render.html;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON-LD of a page, read back as JSON. */
final class JsonLdBlock {
  private JsonLdBlock() {}

  static Map<String, Object> of(String html) {
    var scripts = ParsedPage.parse(html).elements("script");
    if (scripts.size() != 1) {
      throw new AssertionError("expected one script element, found " + scripts.size());
    }
    return JsonMapper.builder().build().readValue(scripts.get(0).getTextContent(), new TypeReference<Map<String, Object>>() {});
  }
}
