package dev.profilekit.model.testing;

/** Text that counts how often its characters are read: the work a scan does, measured without a clock. */
public final class CountingText implements CharSequence {
  private final CharSequence text;
  private final long[] reads;

  public CountingText(CharSequence text) {
    this(text, new long[1]);
  }

  private CountingText(CharSequence text, long[] reads) {
    this.text = text;
    this.reads = reads;
  }

  public long reads() {
    return reads[0];
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    reads[0]++;
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new CountingText(text.subSequence(start, end), reads);
  }

  @Override
  public String toString() {
    reads[0] += text.length();
    return text.toString();
  }
}
