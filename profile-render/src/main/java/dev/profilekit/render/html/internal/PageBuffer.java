package dev.profilekit.render.html.internal;

import java.io.Writer;

/**
 * Where a theme writes one page: a {@link StringBuilder} sized for a typical page, without the
 * locking of {@link java.io.StringWriter}'s {@code StringBuffer}. Pages are built on one thread.
 */
final class PageBuffer extends Writer {
  private final StringBuilder page = new StringBuilder(32 * 1024);

  @Override
  public void write(char[] chars, int offset, int length) {
    page.append(chars, offset, length);
  }

  @Override
  public void write(String text) {
    page.append(text);
  }

  @Override
  public void write(String text, int offset, int length) {
    page.append(text, offset, offset + length);
  }

  @Override
  public Writer append(CharSequence text) {
    page.append(text);
    return this;
  }

  @Override
  public void write(int c) {
    page.append((char) c);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The page, ending with a newline. */
  String toPage() {
    int length = page.length();
    if (length == 0 || page.charAt(length - 1) != '\n') {
      page.append('\n');
    }
    return page.toString();
  }
}
