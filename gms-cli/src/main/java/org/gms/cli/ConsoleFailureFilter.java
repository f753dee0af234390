package org.gms.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * Keeps Spring Boot's own report of a failed start ("APPLICATION FAILED TO START", "Application run
 * failed", the context's "Exception encountered during context initialization" warning and the
 * condition report hint) off the terminal: the operator reads GMS's one paragraph there instead
 * ({@link StartupProblem}), and the report, with its stack trace, stays in the log file.
 */
final class ConsoleFailureFilter extends Filter<ILoggingEvent> {

  private static final String FAILURE_REPORTER =
      "org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter";
  private static final String APPLICATION = "org.springframework.boot.SpringApplication";

  /** Adds the filter to the console appender of the root logger, once; no-op without Logback. */
  static void install() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      Appender<ILoggingEvent> appender = it.next();
      boolean console = appender instanceof ch.qos.logback.core.ConsoleAppender;
      boolean installed =
          appender.getCopyOfAttachedFiltersList().stream()
              .anyMatch(ConsoleFailureFilter.class::isInstance);
      if (console && !installed) {
        ConsoleFailureFilter filter = new ConsoleFailureFilter();
        filter.start();
        appender.addFilter(filter);
      }
    }
  }

  @Override
  public FilterReply decide(ILoggingEvent event) {
    String logger = event.getLoggerName();
    if (FAILURE_REPORTER.equals(logger)) {
      return FilterReply.DENY;
    }
    if (APPLICATION.equals(logger) && event.getLevel().isGreaterOrEqual(Level.ERROR)) {
      return FilterReply.DENY;
    }
    // "Error starting ApplicationContext. To display the condition evaluation report..."
    if (logger.contains(".ConditionEvaluationReport")) {
      return FilterReply.DENY;
    }
    // the context's own warning as it cancels the refresh, with the exception's message
    String message = event.getMessage();
    if (message != null
        && message.startsWith("Exception encountered during context initialization")) {
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }
}
