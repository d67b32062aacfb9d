package nl.ecza.registry.finder.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.register.readmodel.RegisterEntries;

/**
 * "Near me": orders found centres by the great-circle distance from a point to the nearest of their institutions.
 * Kept apart from {@link CentreFinder} so the relevance ranking stays one thing: this only reorders its answer, and
 * stably, so centres at the same distance (the same hospital) keep their relevance order.
 */
public final class Proximity {

    /**
     * As the contract writes it: decimal degrees with a dot, latitude first, at most six decimals, no signs but minus.
     */
    public static final String PATTERN =
            "^-?(0|[1-9][0-9]{0,2})(\\.[0-9]{1,6})?,-?(0|[1-9][0-9]{0,2})(\\.[0-9]{1,6})?$";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);
    // mean Earth radius (IUGG); the error of a sphere is far below what orders Dutch hospitals differently
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** A point on Earth in decimal degrees. */
    public record Point(double latitude, double longitude) {
    }

    private Proximity() {
    }

    /**
     * The point of a {@code near} parameter, or empty when absent; anything not written as the contract says is a 400.
     */
    public static Optional<Point> parse(String name, String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (!FORMAT.matcher(text).matches()) {
            throw InvalidParametersException.of(name,
                    "moet breedtegraad,lengtegraad in decimale graden zijn, met een punt, bijvoorbeeld 52.0907,5.1214",
                    "must be latitude,longitude in decimal degrees with a dot, for example 52.0907,5.1214");
        }
        String[] parts = text.split(",");
        double latitude = Double.parseDouble(parts[0]);
        double longitude = Double.parseDouble(parts[1]);
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw InvalidParametersException.of(name,
                    "breedtegraad moet tussen -90 en 90 liggen en lengtegraad tussen -180 en 180",
                    "latitude must be from -90 to 90 and longitude from -180 to 180");
        }
        return Optional.of(new Point(latitude, longitude));
    }

    /**
     * The hits nearest first by their nearest institution with coordinates; centres without any come last, in their
     * original order. A new list: the finder's cached answer is not touched.
     */
    public static List<CentreHit> order(List<CentreHit> hits, Point from,
            Function<UUID, Optional<RegisterEntries.Institution>> institutions) {
        record Placed(CentreHit hit, double km) {
        }
        List<Placed> placed = new ArrayList<>(hits.size());
        for (CentreHit hit : hits) {
            double nearest = Double.POSITIVE_INFINITY;
            for (RegisterEntries.Participation participation : hit.centre().institutions()) {
                Optional<RegisterEntries.Institution> institution = institutions.apply(participation.institutionId());
                if (institution.isPresent() && institution.get().latitude() != null
                        && institution.get().longitude() != null) {
                    nearest = Math.min(nearest, kilometres(from,
                            new Point(institution.get().latitude(), institution.get().longitude())));
                }
            }
            placed.add(new Placed(hit, nearest));
        }
        // List.sort is a stable merge sort
        placed.sort(Comparator.comparingDouble(Placed::km));
        return placed.stream().map(Placed::hit).toList();
    }

    /** Haversine great-circle distance. */
    public static double kilometres(Point a, Point b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(b.latitude()))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
