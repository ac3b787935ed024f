package dev.profilekit.render.pdf.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Keeps openhtmltopdf from printing its log (timings, font loading, layout notes) on the
 * console: its messages still reach each render's diagnostic consumer, which turns the
 * warnings into the loss report. The logger is the library's one global setting; it is
 * replaced only while it is the library's default, so an application's own logger stays.
 */
final class QuietLog implements XRLogger {
  private QuietLog() {}

  static synchronized void install() {
    XRLogger current = XRLog.getLoggerImpl();
    if (current == null || current instanceof JDKXRLogger) {
      XRLog.setLoggerImpl(new QuietLog());
    }
  }

  @Override
  public void log(String where, Level level, String msg) {}

  @Override
  public void log(String where, Level level, String msg, Throwable th) {}

  @Override
  public void setLevel(String logger, Level level) {}

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return false;
  }
}
