package nl.ecza.registry.fhir.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

import io.vertx.core.http.HttpServerRequest;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.fhir.FhirJson;
import nl.ecza.registry.fhir.mapping.FhirMapper;
import nl.ecza.registry.finder.search.CentreFinder;
import nl.ecza.registry.finder.search.CentreHit;
import nl.ecza.registry.finder.search.FinderQuery;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterEntries;
import nl.ecza.registry.register.readmodel.RegisterReadModel;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;

/**
 * A read-only FHIR R4 facade on the public register (docs/decisions/0022, docs/fhir.md): the same data as the
 * public finder - published recognitions valid today - as Organization, HealthcareService and
 * OrganizationAffiliation. Not part of the /v1 contract: its contract is GET /fhir/metadata. Runs on worker
 * threads: the first request builds the FHIR context, which takes a second or more.
 */
@Path("/fhir")
public class FhirResource {

    static final String CACHE_CONTROL = "max-age=300, public";
    private static final Set<String> JSON_FORMATS = Set.of("json", "application/json", "application/fhir+json",
            "application/json+fhir");
    /** _format=application/fhir+json written unescaped in a URL: the '+' arrives as a space. */
    private static final Set<String> JSON_FORMATS_UNESCAPED = Set.of("application/fhir json", "application/json fhir");

    @Inject
    RegisterReadModel readModel;

    @Inject
    Clock clock;

    @Inject
    FhirCapabilities capabilities;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    HttpServerRequest http;

    @GET
    @Path("/metadata")
    @Operation(hidden = true)
    public Response metadata() {
        FhirSearch search = request(Set.of());
        return ok(capabilities.statement(base()), search, Language.EN);
    }

    @GET
    @Path("/Organization/{id}")
    @Operation(hidden = true)
    public Response organization(@PathParam("id") String id) {
        FhirSearch search = request(Set.of());
        View v = view();
        return ok(organizations(v, id).findFirst().orElseThrow(() -> unknown("Organization", id)), search, v.language);
    }

    @GET
    @Path("/Organization")
    @Operation(hidden = true)
    public Response organizations() {
        FhirSearch search = request(Set.of("_id", "identifier", "name", "name:contains", "name:exact", "_count",
                "_offset"));
        View v = view();
        String id = search.single("_id");
        Predicate<RegisterEntries.Institution> institution = i -> true;
        Predicate<RegisterEntries.Network> network = n -> true;
        if (id != null) {
            institution = institution.and(i -> i.id().toString().equals(id));
            network = network.and(n -> (FhirMapper.ERN_PREFIX + n.code()).equals(id));
        }
        String[] identifier = search.token("identifier");
        if (identifier != null) {
            String system = identifier[0];
            String value = identifier[1].startsWith(FhirMapper.ROR + "/")
                    ? identifier[1].substring(FhirMapper.ROR.length() + 1)
                    : identifier[1];
            boolean ror = system == null || system.equals(FhirMapper.ROR);
            boolean agb = system == null || system.equals(FhirMapper.AGB);
            if (value.isEmpty()) {
                // [system]|: any identifier of that system, as for specialty
                if (!FhirMapper.ROR.equals(system) && !FhirMapper.AGB.equals(system)) {
                    throw FhirRequestException.invalidParameter("identifier", "has no value; use for example "
                            + FhirMapper.ROR + "|018906e22, or " + FhirMapper.ROR + "| for every ROR id");
                }
                institution = institution.and(i -> ror && i.rorId() != null || agb && i.agbCode() != null);
                network = network.and(n -> ror && n.rorId() != null);
            } else {
                institution = institution.and(i -> ror && value.equals(i.rorId()) || agb && value.equals(i.agbCode()));
                network = network.and(n -> ror && value.equals(n.rorId()));
            }
        }
        Predicate<String> name = nameMatch(search);
        if (name != null) {
            institution = institution.and(i -> name.test(i.name()) || (i.acronym() != null && name.test(i.acronym())));
            Predicate<String> names = name;
            network = network.and(n -> names.test(v.language == Language.EN ? n.nameEn() : n.nameNl())
                    || names.test(n.acronym()));
        }
        List<Resource> all = new ArrayList<>();
        v.register.institutions().stream().filter(institution).map(v.mapper::institution).forEach(all::add);
        v.register.networks().stream().filter(network).map(v.mapper::network).forEach(all::add);
        return searchset("Organization", all, search, v.language);
    }

    @GET
    @Path("/HealthcareService/{id}")
    @Operation(hidden = true)
    public Response healthcareService(@PathParam("id") String id) {
        FhirSearch search = request(Set.of());
        View v = view();
        return ok(visibleCentre(v, id).map(v.mapper::centre).orElseThrow(() -> unknown("HealthcareService", id)),
                search, v.language);
    }

    @GET
    @Path("/HealthcareService")
    @Operation(hidden = true)
    public Response healthcareServices() {
        FhirSearch search = request(Set.of("_id", "specialty", "organization", "_count", "_offset"));
        View v = view();
        List<RegisterEntries.Centre> centres = centres(v, search.token("specialty"));
        String id = search.single("_id");
        if (id != null) {
            centres = centres.stream().filter(c -> c.id().toString().equals(id)).toList();
        }
        String organization = search.reference("organization", "Organization");
        if (organization != null) {
            // HealthcareService.providedBy: the leading institution, as in the resource served
            centres = centres.stream().filter(c -> c.leadingInstitution().toString().equals(organization)).toList();
        }
        return searchset("HealthcareService",
                centres.stream().map(v.mapper::centre).map(Resource.class::cast).toList(), search, v.language);
    }

    /**
     * The centres for a specialty, in the finder's order: the finder itself answers (CentreFinder, hierarchy-aware),
     * so this search and /v1/expertise-centres?orphaCode= find the same centres. Without a specialty, every visible
     * centre by name.
     */
    private static List<RegisterEntries.Centre> centres(View v, String[] specialty) {
        if (specialty == null) {
            return v.day.centres(v.language);
        }
        String system = specialty[0];
        String code = specialty[1];
        boolean orphanet = system == null || system.equals(FhirMapper.ORPHANET);
        if (code.isEmpty()) {
            if (FhirMapper.ORPHANET.equals(system)) {
                return v.day.centres(v.language);   // any code of the system: every centre has one
            }
            throw FhirRequestException.invalidParameter("specialty",
                    "has no code; use for example " + FhirMapper.ORPHANET + "|558");
        }
        if (!orphanet || system != null && system.isEmpty()) {
            // another code system, or explicitly none: the register codes specialties with Orphanet only
            return List.of();
        }
        if (!FhirSearch.digits(code)) {
            throw FhirRequestException.invalidParameter("specialty", "must be an ORPHAcode in digits, such as "
                    + FhirMapper.ORPHANET + "|558 or 558, not '" + FhirSearch.shorten(code) + "'");
        }
        int orphaCode = Integer.parseInt(code);
        if (v.register.nomenclature().condition(orphaCode).isEmpty()) {
            return List.of();   // not an Orphanet code the registry knows: no centre has it
        }
        return CentreFinder.findAll(v.register, v.day, new FinderQuery(orphaCode, null, null, null, null, null),
                v.language).hits()
                .stream().map(CentreHit::centre).toList();
    }

    @GET
    @Path("/OrganizationAffiliation/{id}")
    @Operation(hidden = true)
    public Response organizationAffiliation(@PathParam("id") String id) {
        FhirSearch search = request(Set.of());
        View v = view();
        return ok(memberships(v).filter(m -> m.id().toString().equals(id)).findFirst().map(v.mapper::membership)
                .orElseThrow(() -> unknown("OrganizationAffiliation", id)), search, v.language);
    }

    @GET
    @Path("/OrganizationAffiliation")
    @Operation(hidden = true)
    public Response organizationAffiliations() {
        FhirSearch search = request(Set.of("_id", "primary-organization", "participating-organization", "service",
                "role", "_count", "_offset"));
        View v = view();
        Stream<RegisterEntries.Membership> memberships = memberships(v);
        String id = search.single("_id");
        if (id != null) {
            memberships = memberships.filter(m -> m.id().toString().equals(id));
        }
        String network = search.reference("primary-organization", "Organization");
        if (network != null) {
            memberships = memberships.filter(m -> (FhirMapper.ERN_PREFIX + m.ernCode()).equals(network));
        }
        String institution = search.reference("participating-organization", "Organization");
        if (institution != null) {
            memberships = memberships.filter(m -> v.register.centre(m.centreId()).orElseThrow().leadingInstitution()
                    .toString().equals(institution));
        }
        String service = search.reference("service", "HealthcareService");
        if (service != null) {
            memberships = memberships.filter(m -> m.centreId().toString().equals(service));
        }
        String[] role = search.token("role");
        if (role != null) {
            boolean system = role[0] == null || role[0].equals(FhirMapper.MEMBERSHIP_TYPE);
            if (role[1].isEmpty()) {
                // [system]|: any membership type, as for specialty; every membership has one
                if (!FhirMapper.MEMBERSHIP_TYPE.equals(role[0])) {
                    throw FhirRequestException.invalidParameter("role",
                            "has no code; use for example " + FhirMapper.MEMBERSHIP_TYPE + "|fullMember");
                }
            } else {
                memberships = memberships.filter(m -> system && m.type().apiValue().equals(role[1]));
            }
        }
        return searchset("OrganizationAffiliation",
                memberships.map(v.mapper::membership).map(Resource.class::cast).toList(), search, v.language);
    }

    /** A resource type the facade does not serve. */
    @GET
    @Path("/{type}")
    @Operation(hidden = true)
    public Response unknownType(@PathParam("type") String type) {
        throw unsupported(type);
    }

    @GET
    @Path("/{type}/{id}")
    @Operation(hidden = true)
    public Response unknownTypeRead(@PathParam("type") String type, @PathParam("id") String id) {
        throw unsupported(type);
    }

    private static FhirRequestException unsupported(String type) {
        return new FhirRequestException(404, IssueType.NOTSUPPORTED, "Resource type '" + FhirSearch.shorten(type)
                + "' is not served here; served: HealthcareService, Organization, OrganizationAffiliation"
                + " (see /fhir/metadata)");
    }

    private static FhirRequestException unknown(String type, String id) {
        if (!FhirSearch.isId(id)) {
            return new FhirRequestException(400, IssueType.INVALID, "'" + FhirSearch.shorten(id)
                    + "' is not a FHIR id (letters, digits, '-' and '.', at most 64)");
        }
        return new FhirRequestException(404, IssueType.NOTFOUND, type + "/" + id + " is not known"
                + (type.equals("Organization") ? ""
                        : " or not public today (only published, currently valid recognitions are)"));
    }

    // ---- the register of today

    private record View(RegisterSnapshot register, DayView day, Language language, FhirMapper mapper) {
    }

    private View view() {
        Language language = Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        RegisterSnapshot register = readModel.current();
        DayView day = register.on(ClockProducer.today(clock));
        return new View(register, day, language, new FhirMapper(register, day, language));
    }

    private static Stream<Resource> organizations(View v, String id) {
        if (id.startsWith(FhirMapper.ERN_PREFIX)) {
            return v.register.network(id.substring(FhirMapper.ERN_PREFIX.length())).map(v.mapper::network).stream()
                    .map(Resource.class::cast);
        }
        return uuid(id).flatMap(v.register::institution).map(v.mapper::institution).stream().map(Resource.class::cast);
    }

    private static Optional<RegisterEntries.Centre> visibleCentre(View v, String id) {
        return uuid(id).filter(v.day::isVisible).flatMap(v.register::centre);
    }

    /** Current memberships of visible centres, by centre name and then network. */
    private static Stream<RegisterEntries.Membership> memberships(View v) {
        return v.day.centres(v.language).stream().flatMap(c -> v.day.membershipsOfCentre(c.id()).stream()
                .sorted(Comparator.comparing(RegisterEntries.Membership::ernCode)));
    }

    /** The UUID of an id in its canonical (lower-case) form only: FHIR ids are case-sensitive, as _id search is. */
    private static Optional<UUID> uuid(String id) {
        try {
            return id.length() == 36
                    ? Optional.of(UUID.fromString(id)).filter(u -> u.toString().equals(id))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * FHIR string search: starts with (default), contains or exact; case and accents do not matter except for exact.
     */
    private static Predicate<String> nameMatch(FhirSearch search) {
        String starts = search.single("name");
        String contains = search.single("name:contains");
        String exact = search.single("name:exact");
        if (Stream.of(starts, contains, exact).filter(Objects::nonNull).count() > 1) {
            throw FhirRequestException.invalidParameter("name",
                    "is given with more than one modifier; give one of name, name:contains, name:exact");
        }
        if (starts != null) {
            String wanted = searchable("name", starts);
            return s -> FhirSearch.fold(s).startsWith(wanted);
        }
        if (contains != null) {
            String wanted = searchable("name:contains", contains);
            return s -> FhirSearch.fold(s).contains(wanted);
        }
        return exact == null ? null : s -> s.equals(exact);
    }

    /** The folded name to look for; nothing left (spaces, control characters, a lone accent) would match all. */
    private static String searchable(String parameter, String value) {
        String wanted = FhirSearch.fold(value);
        if (wanted.replaceAll("[\\p{Z}\\p{C}]", "").isEmpty()) {
            throw FhirRequestException.invalidParameter(parameter,
                    "is empty (nothing to search for once spaces, control characters, case and accents are ignored)");
        }
        return wanted;
    }

    // ---- the HTTP side

    /** Checks the format asked for and the parameters; returns the request's query, read strictly. */
    private FhirSearch request(Set<String> supported) {
        // matrix parameters (/fhir/metadata;x=1): JAX-RS drops them from matching; FHIR has none, so refuse them
        // like an unknown search parameter rather than answer as if they were not there
        // (the raw request line: UriInfo has them removed)
        String line = http.uri();
        String path = line.contains("?") ? line.substring(0, line.indexOf('?')) : line;
        if (path.contains(";")) {
            throw new FhirRequestException(400, IssueType.NOTSUPPORTED, "Matrix parameters ('"
                    + FhirSearch.shorten(path.substring(path.indexOf(';'))) + "') are not supported; give search"
                    + " parameters in the query (see /fhir/metadata)");
        }
        String format = uri.getQueryParameters().getFirst("_format");
        if (format != null) {
            if (!jsonRange(format, false)) {
                throw new FhirRequestException(406, IssueType.NOTSUPPORTED, "_format '" + FhirSearch.shorten(format)
                        + "' is not served; only JSON (json, application/fhir+json)");
            }
        } else if (!acceptsJson(headers.getRequestHeaders().get(HttpHeaders.ACCEPT))) {
            throw new FhirRequestException(406, IssueType.NOTSUPPORTED,
                    "Only application/fhir+json (or application/json) is served; the Accept header allows neither");
        }
        return new FhirSearch(uri.getQueryParameters(), supported);
    }

    /**
     * Whether an Accept header allows FHIR JSON: some media range (comma-separated, over all header lines) is a JSON
     * type or a wildcard covering it, not refused by q=0 and not for another FHIR version. Empty or malformed ranges
     * (";", ",", ";q=1") allow nothing.
     */
    static boolean acceptsJson(List<String> accept) {
        if (accept == null || accept.isEmpty()) {
            return true;
        }
        for (String header : accept) {
            for (String range : header.split(",", -1)) {
                if (jsonRange(range, true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One media range (or _format value) with its parameters; split with -1 so ";" gives empty parts, not none. */
    private static boolean jsonRange(String range, boolean wildcards) {
        String[] parts = range.split(";", -1);
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        boolean json = JSON_FORMATS.contains(type) || !wildcards && JSON_FORMATS_UNESCAPED.contains(type)
                || wildcards && (type.equals("*/*") || type.equals("application/*"));
        if (!json) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
            if (p.matches("q=0(\\.0{0,3})?")) {
                return false;
            }
            // FHIR's mime-type parameter: only R4 (4.0) is served
            if (p.startsWith("fhirversion=") && !p.matches("fhirversion=\"?4\\.0(\\.1)?\"?")) {
                return false;
            }
        }
        return true;
    }

    private String base() {
        String root = uri.getBaseUri().toString();
        return (root.endsWith("/") ? root : root + "/") + "fhir";
    }

    private Response ok(Resource resource, FhirSearch search, Language language) {
        return Response.ok(FhirJson.encode(resource, search.pretty()), FhirJson.MEDIA_TYPE_UTF8)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, "Accept, Accept-Language")
                .build();
    }

    /** A searchset Bundle of one page, with the total and self, first, previous and next links. */
    private Response searchset(String type, List<Resource> all, FhirSearch search, Language language) {
        int count = search.count();
        int offset = search.offset();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(all.size());
        String base = base();
        Map<String, String> kept = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("_count") && !name.equals("_offset") && !name.equals("_format")) {
                kept.put(name, values.get(0));
            }
        });
        bundle.addLink().setRelation("self").setUrl(page(base, type, kept, count, offset));
        bundle.addLink().setRelation("first").setUrl(page(base, type, kept, count, 0));
        if (count > 0 && offset > 0) {
            // beyond the end: the last page with entries, not a page before an empty one
            int previous = offset >= all.size() ? Math.max(0, all.size() - count) : Math.max(0, offset - count);
            bundle.addLink().setRelation("previous").setUrl(page(base, type, kept, count, previous));
        }
        if (count > 0 && offset + count < all.size()) {
            bundle.addLink().setRelation("next").setUrl(page(base, type, kept, count, offset + count));
        }
        if (offset < all.size()) {
            for (Resource r : all.subList(offset, Math.min(all.size(), offset + count))) {
                bundle.addEntry().setFullUrl(base + "/" + type + "/" + r.getIdElement().getIdPart()).setResource(r)
                        .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
            }
        }
        return ok(bundle, search, language);
    }

    private static String page(String base, String type, Map<String, String> kept, int count, int offset) {
        StringBuilder url = new StringBuilder(base).append('/').append(type).append('?');
        kept.forEach((name, value) -> url.append(encode(name)).append('=').append(encode(value)).append('&'));
        return url.append("_count=").append(count).append("&_offset=").append(offset).toString();
    }

    /** Percent-encoded, '|' included: the HTTP server refuses a raw '|' (RFC 3986 does not allow it in a query). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/")
                .replace("%3A", ":");
    }
}
