package nl.ecza.registry.platform.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The collection after the start runs only when it can hand memory back. */
class StartupMemoryTest {

    private static final long MB = 1 << 20;

    @Test
    void aHeapFixedBySizeIsNotCollected() {
        // -Xms512m -Xmx512m: the minimum is the whole heap, above what the young generation's spaces leave committed
        assertFalse(StartupMemory.canGiveBack(OptionalLong.of(512 * MB), 491 * MB));
        assertFalse(StartupMemory.canGiveBack(OptionalLong.of(256 * MB), 256 * MB));
    }

    @Test
    void aHeapThatMayShrinkIsCollected() {
        // the container image gives percentages only: the JVM's own minimum (16 MB) lies far below the heap
        assertTrue(StartupMemory.canGiveBack(OptionalLong.of(16 * MB), 491 * MB));
        assertTrue(StartupMemory.canGiveBack(OptionalLong.of(64 * MB), 65 * MB));
    }

    @Test
    void anUnknownMinimumIsCollected() {
        assertTrue(StartupMemory.canGiveBack(OptionalLong.empty(), 491 * MB));
    }
}
