package org.gms.server.insights.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicReference;
import org.gms.server.insights.Figures;
import org.gms.server.insights.Insights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges for operations: {@code gms_orders_open} and {@code gms_orders_overdue} (orders
 * past their expected date and not reported, failed or cancelled). Read at most every 15 seconds.
 */
@Component
class InsightsGauges implements MeterBinder {

  private static final Logger LOG = LoggerFactory.getLogger(InsightsGauges.class);
  private static final long MAX_AGE_MILLIS = 15_000;

  private final Insights insights;
  private final AtomicReference<Figures.Backlog> last = new AtomicReference<>();
  private volatile long readAt;

  InsightsGauges(Insights insights) {
    this.insights = insights;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("gms.orders.open", this, g -> g.backlog().open())
        .description("Orders not yet reported, failed or cancelled")
        .register(registry);
    Gauge.builder("gms.orders.overdue", this, g -> g.backlog().overdue())
        .description("Open orders past their expected result date")
        .register(registry);
  }

  private synchronized Figures.Backlog backlog() {
    if (last.get() == null || System.currentTimeMillis() - readAt > MAX_AGE_MILLIS) {
      try {
        last.set(insights.backlog());
        readAt = System.currentTimeMillis();
      } catch (RuntimeException e) {
        LOG.warn("Could not read the backlog for the gauges: {}", e.toString());
        return last.get() == null ? new Figures.Backlog(0, 0, java.util.Map.of()) : last.get();
      }
    }
    return last.get();
  }
}
