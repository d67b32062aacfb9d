package nl.ecza.registry.common.geo;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.Response;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.InvalidParametersException;

/**
 * The one coordinate reference system the registry serves geometry in: CRS84 (OGC:CRS84, WGS 84 longitude-latitude),
 * the default of GeoJSON and of the NL GOV geospatial module. A response with geometry says so in {@code Content-Crs};
 * a request for another CRS - the {@code crs} query parameter (OGC API Features part 2, the module's current rule) or
 * the {@code Accept-Crs} header (the module's 1.0 rule) - is refused, since the registry transforms nothing.
 */
public final class Crs {

    public static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    public static final String CONTENT_CRS = "Content-Crs";
    /** OGC API Features part 2: the CRS URI in angle brackets. */
    public static final String CONTENT_CRS_VALUE = "<" + CRS84 + ">";
    private static final Set<String> CRS84_NAMES = Set.of(CRS84, "OGC:CRS84", "CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84",
            "*");

    private Crs() {
    }

    /** Refuses a request for geometry in another CRS than CRS84: 400 for the crs parameter, 406 for Accept-Crs. */
    public static void requireCrs84(String crsParameter, String acceptCrs) {
        if (crsParameter != null && !CRS84.equals(crsParameter)) {
            throw new InvalidParametersException(List.of(new InvalidParametersException.Violation("crs",
                    LocalizedText.of("alleen " + CRS84 + " (CRS84) wordt ondersteund",
                            "only " + CRS84 + " (CRS84) is supported"))));
        }
        if (acceptCrs != null && !CRS84_NAMES.contains(strip(acceptCrs))) {
            throw new NotAcceptableException(Response.status(Response.Status.NOT_ACCEPTABLE).build());
        }
    }

    private static String strip(String value) {
        String v = value.strip();
        return v.startsWith("<") && v.endsWith(">") ? v.substring(1, v.length() - 1).strip() : v;
    }

    /** The response with its Content-Crs header (not on a 304: it has no body). */
    public static Response withContentCrs(Response response) {
        if (response.getStatus() != Response.Status.OK.getStatusCode()) {
            return response;
        }
        return Response.fromResponse(response).header(CONTENT_CRS, CONTENT_CRS_VALUE).build();
    }
}
