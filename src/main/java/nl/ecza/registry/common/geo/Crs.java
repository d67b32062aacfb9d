package nl.ecza.registry.common.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
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
    public static final String ACCEPT_CRS = "Accept-Crs";
    /** OGC API Features part 2: the CRS URI in angle brackets. */
    public static final String CONTENT_CRS_VALUE = "<" + CRS84 + ">";
    private static final Set<String> CRS84_NAMES = Set.of(CRS84, "OGC:CRS84", "CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84",
            "*");

    private Crs() {
    }

    /**
     * Refuses a request for geometry in another CRS than CRS84: 400 for the crs parameter (also when empty, as
     * {@code ?crs} without a value, which only the parameter list shows; a repeated one never gets here: every /v1
     * parameter takes one value, PlatformRoutes), 406 when no Accept-Crs value allows CRS84. Accept-Crs is read as a
     * list over all its header lines, comma-separated; weights do not matter since one CRS is served, except q=0,
     * which refuses the value it is on.
     */
    public static void requireCrs84(List<String> crsParameter, List<String> acceptCrs) {
        if (crsParameter != null && !crsParameter.isEmpty()) {
            String crs = crsParameter.get(0);
            if (crs == null || crs.isEmpty()) {
                throw invalidCrs("is leeg; laat het weg of geef " + CRS84, "is empty; leave it out or give " + CRS84);
            }
            if (!CRS84.equals(crs)) {
                throw invalidCrs("alleen " + CRS84 + " (CRS84) wordt ondersteund",
                        "only " + CRS84 + " (CRS84) is supported");
            }
        }
        if (acceptCrs != null && !acceptCrs.isEmpty() && !acceptsCrs84(acceptCrs)) {
            throw new NotAcceptableException(Response.status(Response.Status.NOT_ACCEPTABLE).build());
        }
    }

    static boolean acceptsCrs84(List<String> acceptCrs) {
        for (String line : acceptCrs) {
            for (String element : line == null ? new String[0] : line.split(",", -1)) {
                String[] parts = element.split(";", -1);
                boolean refused = false;
                for (int i = 1; i < parts.length; i++) {
                    refused |= parts[i].strip().replace(" ", "").toLowerCase(Locale.ROOT).matches("q=0(\\.0{0,3})?");
                }
                if (!refused && CRS84_NAMES.contains(strip(parts[0]))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static InvalidParametersException invalidCrs(String nl, String en) {
        return new InvalidParametersException(List.of(new InvalidParametersException.Violation("crs",
                LocalizedText.of(nl, en))));
    }

    private static String strip(String value) {
        String v = value.strip();
        return v.startsWith("<") && v.endsWith(">") ? v.substring(1, v.length() - 1).strip() : v;
    }

    /**
     * The response with its Content-Crs header (not on a 304: it has no body), and Accept-Crs in Vary: a cache must
     * not answer a request with another Accept-Crs from it.
     */
    public static Response withContentCrs(Response response) {
        Object vary = response.getHeaders().getFirst(HttpHeaders.VARY);
        Response.ResponseBuilder builder = Response.fromResponse(response).header(HttpHeaders.VARY, null)
                .header(HttpHeaders.VARY, (vary == null ? "" : vary + ", ") + ACCEPT_CRS);
        if (response.getStatus() == Response.Status.OK.getStatusCode()) {
            builder.header(CONTENT_CRS, CONTENT_CRS_VALUE);
        }
        return builder.build();
    }
}
