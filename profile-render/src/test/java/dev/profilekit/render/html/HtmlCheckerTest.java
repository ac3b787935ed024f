package dev.profilekit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlCheckerTest {
  static java.util.List<RenderedPages.Page> pages() {
    var pages = new java.util.ArrayList<>(RenderedPages.examples());
    pages.add(RenderedPages.hostile());
    return pages;
  }

  @ParameterizedTest
  @MethodSource("pages")
  void nuHtmlCheckerFindsNoErrorsInPage(RenderedPages.Page page) {
    assertThat(HtmlChecker.errors(page.write().content())).isEmpty();
  }

  @Test
  void checkerReportsErrorsInBrokenMarkup() {
    assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></span></body></html>"))
        .isNotEmpty();
  }
}
