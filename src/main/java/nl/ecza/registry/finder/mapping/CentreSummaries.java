package nl.ecza.registry.finder.mapping;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.finder.api.EncodedCentreSummary;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterEntries;

/**
 * The fixed part of each centre's finder summary (name, institutions, networks), encoded on first use and kept with
 * the day's view, per language: distinct searches show the same centres again and again, and twenty centres cost
 * far more to encode than their matches (a page: 47 µs whole, 16 µs so, in-process). At most one entry per visible
 * centre and language, about 1.3 KB each.
 */
final class CentreSummaries {

    private final Map<UUID, EncodedCentreSummary.Fixed> dutch = new ConcurrentHashMap<>();
    private final Map<UUID, EncodedCentreSummary.Fixed> english = new ConcurrentHashMap<>();

    static CentreSummaries of(DayView day) {
        return day.derived(CentreSummaries.class, d -> new CentreSummaries());
    }

    EncodedCentreSummary.Fixed fixed(RegisterEntries.Centre centre, Language language,
            Function<RegisterEntries.Centre, String> encode) {
        return (language == Language.EN ? english : dutch)
                .computeIfAbsent(centre.id(), id -> EncodedCentreSummary.Fixed.of(encode.apply(centre)));
    }
}
