package dev.profilekit.render.markdown.internal;

import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes every string that some common YAML reader would read as something else. Jackson's
 * own check follows YAML 1.2; Jekyll's reader (Psych) follows YAML 1.1, where {@code 2022-10-25}
 * is a date, {@code 12:30} the integer 750, {@code yes}/{@code off} booleans and {@code 0755}
 * octal, so a text that looks like any of these is quoted too.
 */
final class YamlQuoting extends StringQuotingChecker {
  private static final long serialVersionUID = 1L;
  private static final Pattern NOT_PLAIN_TEXT =
      Pattern.compile(
          "(?i)(y|n|yes|no|true|false|on|off|null|~|=|<<|[-+]?\\.?(inf|nan))"
              // numbers of every base and style, sexagesimal (1:20, 12:30:00), versions (1.2.3)
              + "|[-+]?[0-9._][0-9a-fx_.:,]*([e][-+]?[0-9]+)?"
              // dates and times: 2022-10-25, 2022-10-25 10:00, 2022-10-25T10:00:00Z
              + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([tT ].*)?");
  private final StringQuotingChecker standard = StringQuotingChecker.Default.instance();

  @Override
  public boolean needToQuoteName(String name) {
    return standard.needToQuoteName(name) || NOT_PLAIN_TEXT.matcher(name).matches();
  }

  @Override
  public boolean needToQuoteValue(String value) {
    return standard.needToQuoteValue(value) || NOT_PLAIN_TEXT.matcher(value).matches();
  }
}
