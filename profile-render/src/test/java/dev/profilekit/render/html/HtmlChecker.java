package dev.profilekit.render.html;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker, in process and offline: the errors it finds in a page. */
public final class HtmlChecker {
  private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private HtmlChecker() {}

  /** Every error and fatal error, as {@code line:column: message}; warnings are not errors. */
  public static List<String> errors(String html) {
    List<String> errors = new ArrayList<>();
    ErrorHandler handler =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    try {
      SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
      validator.setUpMainSchema(HTML5_SCHEMA, handler);
      validator.setUpValidatorAndParsers(handler, true, false);
      InputSource source = new InputSource(new StringReader(html));
      source.setSystemId("page.html");
      validator.checkHtmlInputSource(source);
    } catch (Exception e) {
      throw new AssertionError("the Nu HTML Checker failed to run: " + e, e);
    }
    return errors;
  }
}
