package nl.ecza.registry.common.cache;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;

/**
 * Remembered answers of an immutable object (a read-model snapshot, a day view): bounded, concurrent, and never
 * stale because what they answer for never changes. A size of 0 computes every time (no cache at all), which the
 * benchmark uses to show the uncached cost.
 */
public final class Memo<K, V> {

    private final Cache<K, V> cache;

    private Memo(Cache<K, V> cache) {
        this.cache = cache;
    }

    public static <K, V> Memo<K, V> weighted(long maximumWeight, Weigher<K, V> weigher) {
        return new Memo<>(maximumWeight <= 0 ? null
                : Caffeine.newBuilder().maximumWeight(maximumWeight).weigher(weigher).build());
    }

    public V get(K key, Function<? super K, ? extends V> compute) {
        return cache == null ? compute.apply(key) : cache.get(key, compute);
    }
}
