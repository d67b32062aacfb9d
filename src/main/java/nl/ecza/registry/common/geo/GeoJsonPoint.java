package nl.ecza.registry.common.geo;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A location as a GeoJSON Point (RFC 7946) in CRS84: longitude first, then latitude, in decimal degrees (NL GOV API
 * Design Rules, geospatial module: /geo/geojson-request-response, /geo/default-crs).
 */
@Schema(description = "A GeoJSON Point (RFC 7946) in CRS84 (WGS 84, longitude then latitude, decimal degrees).")
public record GeoJsonPoint(
        @Schema(type = SchemaType.STRING, enumeration = "Point", required = true) String type,
        @Schema(description = "[longitude, latitude]", required = true, minItems = 2, maxItems = 2,
                examples = "[5.1214, 52.0907]")
        List<Double> coordinates) {

    /** A point from latitude and longitude as they are stored; null when either is unknown. */
    public static GeoJsonPoint of(Double latitude, Double longitude) {
        return latitude == null || longitude == null ? null : new GeoJsonPoint("Point", List.of(longitude, latitude));
    }
}
