package local.servicedesk.mailin;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the mailbox every {@code desk.mail.intake.poll-interval}, one reading at a time, from the moment the desk
 * is up until it shuts down. Off with {@code desk.mail.intake.polling=false}.
 */
@Component
@ConditionalOnProperty(prefix = "desk.mail.intake", name = "polling", havingValue = "true", matchIfMissing = true)
class MailboxPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailIntake intake;
    private final MailIntakeProperties properties;
    private ScheduledExecutorService executor;

    MailboxPoller(MailIntake intake, MailIntakeProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mail-intake");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::read, interval, interval, TimeUnit.MILLISECONDS);
        log.info(
                "Reading mailbox {} at {}:{} every {}",
                properties.username(),
                properties.host(),
                properties.port(),
                properties.pollInterval());
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Never lets a failure out: an exception would end the schedule and no mail would be read again. */
    private void read() {
        try {
            MailIntake.Reading reading = intake.poll();
            if (reading.total() > 0) {
                log.info("Mailbox read: {}", reading);
            }
        } catch (RuntimeException e) {
            log.warn("Mailbox not read this time: {}", e.getMessage());
        }
    }
}
