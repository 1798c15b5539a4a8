package dev.tandem.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into a request to stop, which {@code run} answers with one ordered stop
 * on its own thread (routes, in-flight files, ledger, the "stopped" line) before it returns and the
 * JVM exits with status 0.
 *
 * <p>Why not the JVM's default: a signal makes the JVM run its shutdown hooks and halt when they
 * end, with status 143 (SIGTERM) or 130 (SIGINT). Camel's hook ended as soon as Camel had stopped,
 * so the ledger was sometimes still being closed when the JVM halted: about one stop in six left
 * the ledger's {@code -wal}/{@code -shm} files and no "stopped" line. Handling the signals here
 * keeps the JVM alive until the stop is complete. A service manager reads the 0 as a clean stop:
 * systemd counts a process killed by SIGTERM as clean, but not a process that exits with 143, which
 * a unit would otherwise have to allow with {@code SuccessExitStatus=143}.
 *
 * <p>Where the signals cannot be handled (the JVM started with {@code -Xrs}, or a signal the
 * platform reserves) and for any other shutdown (SIGHUP, {@code System.exit}), a shutdown hook
 * still asks for the same ordered stop and holds the JVM until it ends or {@link #patience} runs
 * out; the exit status is then the JVM's (128 + the signal's number).
 */
final class ShutdownSignals {
    private static final Logger LOG = LoggerFactory.getLogger("tandem");

    private final Duration patience;
    private final CountDownLatch finished = new CountDownLatch(1);
    private Runnable stop;
    private String requestedBy;

    private ShutdownSignals(Duration patience) {
        this.patience = patience;
    }

    /**
     * Handles SIGTERM and SIGINT from now on, and adds the shutdown hook.
     *
     * @param patience how long the hook holds the JVM for the ordered stop; longer than the routes'
     *     shutdown timeout, so that in-flight files are not cut short by it
     */
    static ShutdownSignals install(Duration patience) {
        ShutdownSignals signals = new ShutdownSignals(patience);
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> signals.request("SIG" + signal.getName()));
            } catch (IllegalArgumentException reserved) {
                LOG.warn("cannot handle SIG{} ({}); it stops tandem through the JVM's shutdown hook instead", name,
                        reserved.getMessage());
            }
        }
        Thread hook = new Thread(signals::holdJvmUntilStopped, "tandem-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return signals;
    }

    /**
     * Runs {@code action} when a stop is requested, or at once if one already was (a signal that
     * came while the service was starting stops it as soon as it can be stopped).
     */
    void onRequest(Runnable action) {
        boolean now;
        synchronized (this) {
            stop = action;
            now = requestedBy != null;
        }
        if (now) {
            action.run();
        }
    }

    /** Whether a stop was requested. */
    synchronized boolean requested() {
        return requestedBy != null;
    }

    /** Asks for the ordered stop; a second request while stopping only says so. */
    void request(String by) {
        Runnable action;
        synchronized (this) {
            if (requestedBy != null) {
                LOG.info("tandem is already stopping (asked by {}); {} again is ignored", requestedBy, by);
                return;
            }
            requestedBy = by;
            action = stop;
        }
        LOG.info("tandem stopping ({}): in-flight files finish first", by);
        if (action != null) {
            action.run();
        }
    }

    /** Says that the ordered stop is complete: the shutdown hook, if running, lets the JVM exit. */
    void finished() {
        finished.countDown();
    }

    private void holdJvmUntilStopped() {
        if (finished.getCount() == 0) {
            return;
        }
        request("JVM shutdown");
        try {
            if (!finished.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("tandem did not stop within {} s; the JVM exits anyway", patience.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
