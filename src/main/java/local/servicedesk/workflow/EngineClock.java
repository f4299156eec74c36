package local.servicedesk.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock as a {@link Clock}: tickets, timers and working-time checks read the same time, and a test
 * that moves the engine's clock moves all of them.
 */
final class EngineClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the engine clock has no zone of its own");
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
