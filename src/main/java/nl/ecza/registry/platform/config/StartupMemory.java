package nl.ecza.registry.platform.config;

import java.lang.management.ManagementFactory;
import java.util.OptionalLong;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.sun.management.HotSpotDiagnosticMXBean;

import io.quarkus.runtime.StartupEvent;
import nl.ecza.registry.common.config.RegistryConfig;

/**
 * The start - reading a release (or importing the shipped pack), building the search index and both snapshots - leaves
 * far more garbage in the old generation than the service keeps (about 210 MB against 60 MB live). No full collection
 * follows under public traffic, so the heap would stay grown for the life of the process. One collection after the
 * start, before the service reports ready, lets the JVM hand that memory back to the machine (how much it keeps is the
 * JVM's -XX:MaxHeapFreeRatio; docs/performance.md). Decision 0021, addendum of issue 11. A heap that may not shrink
 * (-Xms equal to -Xmx) gives nothing back, and the collection would only delay the start (0.3-0.6 s on one core).
 */
@ApplicationScoped
public class StartupMemory {

    private static final Logger LOG = Logger.getLogger(StartupMemory.class);

    /** After every start-up loader (nomenclature 100, demo register 200, register 300, metrics 400, health 500). */
    void compact(@Observes @Priority(900) StartupEvent event, RegistryConfig config) {
        if (!config.readModel().compactHeapAfterStart()) {
            return;
        }
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory();
        OptionalLong floor = minimumHeap();
        if (!canGiveBack(floor, before)) {
            LOG.infof("Heap after the start: %d MB committed, not collected: the heap may not shrink below %d MB",
                    before >> 20, floor.getAsLong() >> 20);
            return;
        }
        long start = System.nanoTime();
        System.gc();
        LOG.infof("Heap after the start: %d MB committed, was %d MB (%d ms, %d MB in use)",
                runtime.totalMemory() >> 20, before >> 20, (System.nanoTime() - start) / 1_000_000,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /**
     * Whether a collection can hand memory back: only when the heap may shrink below what it has committed. An unknown
     * minimum (a JVM without HotSpot's options) is taken to allow it.
     */
    static boolean canGiveBack(OptionalLong minimumHeap, long committed) {
        return minimumHeap.isEmpty() || minimumHeap.getAsLong() < committed;
    }

    /** The least heap the JVM keeps committed (-Xms, or the ergonomic minimum when only a percentage is given). */
    private static OptionalLong minimumHeap() {
        try {
            return OptionalLong.of(Long.parseLong(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("MinHeapSize").getValue()));
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
