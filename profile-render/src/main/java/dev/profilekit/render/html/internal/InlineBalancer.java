package dev.profilekit.render.html.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Keeps sanitised Markdown well nested. Raw inline HTML in Markdown may open a tag in one
 * paragraph and never close it ({@code text <b> more}); the sanitizer balances tags but lets
 * such an inline element swallow the following paragraphs, which HTML forbids. This receiver
 * closes open inline elements before a block element starts or ends, and drops end tags that
 * close nothing.
 */
final class InlineBalancer implements HtmlStreamEventReceiver {
  private static final Set<String> INLINE =
      Set.of("a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "kbd", "mark", "q", "s",
          "samp", "small", "span", "strong", "sub", "sup", "u", "var");
  private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr");

  private final HtmlStreamEventReceiver out;
  private final Deque<String> open = new ArrayDeque<>();

  InlineBalancer(HtmlStreamEventReceiver out) {
    this.out = out;
  }

  @Override
  public void openDocument() {
    out.openDocument();
  }

  @Override
  public void closeDocument() {
    while (!open.isEmpty()) {
      out.closeTag(open.pop());
    }
    out.closeDocument();
  }

  @Override
  public void openTag(String name, List<String> attributes) {
    if (!INLINE.contains(name) && !name.equals("br") && !name.equals("img") && !name.equals("wbr")) {
      closeOpenInlineElements();
    }
    out.openTag(name, attributes);
    if (!VOID.contains(name)) {
      open.push(name);
    }
  }

  @Override
  public void closeTag(String name) {
    if (!open.contains(name)) {
      return;
    }
    while (!open.isEmpty()) {
      String top = open.pop();
      out.closeTag(top);
      if (top.equals(name)) {
        return;
      }
    }
  }

  @Override
  public void text(String text) {
    out.text(text);
  }

  private void closeOpenInlineElements() {
    while (!open.isEmpty() && INLINE.contains(open.peek())) {
      out.closeTag(open.pop());
    }
  }
}
