package nl.ecza.registry.opendata.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.ecza.registry.nomenclature.api.Attribution;
import nl.ecza.registry.opendata.api.DatasetCatalogue;
import nl.ecza.registry.opendata.api.DatasetCatalogue.Agent;
import nl.ecza.registry.opendata.api.DatasetCatalogue.ContactPoint;
import nl.ecza.registry.opendata.api.DatasetCatalogue.Dataset;
import nl.ecza.registry.opendata.api.DatasetCatalogue.Distribution;
import nl.ecza.registry.opendata.api.DatasetCatalogue.PeriodOfTime;
import nl.ecza.registry.opendata.api.DatasetCatalogue.RightsStatement;
import nl.ecza.registry.opendata.api.DatasetCatalogue.Texts;
import nl.ecza.registry.register.readmodel.RegisterEntries;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;

/**
 * The DCAT-AP-NL catalogue of the open data (decision 0025): the register (every recognition valid today) and one
 * published list per round year, each as JSON and CSV. Made from the read model, so it names exactly the lists the API
 * serves, and keeps answering while the database is away. Value lists are those of DCAT-AP-DONL: publisher from the
 * government organisation list (OWMS), theme from the DONL taxonomy, licence, access rights, language and spatial
 * coverage from the EU authority tables.
 */
public final class Catalogue {

    static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/deed.nl";
    static final String CC_BY = "http://creativecommons.org/licenses/by/4.0/";
    static final String VWS =
            "http://standaarden.overheid.nl/owms/terms/Ministerie_van_Volksgezondheid,_Welzijn_en_Sport";
    static final String THEME = "http://standaarden.overheid.nl/owms/terms/Zorg_en_gezondheid";
    static final String PUBLIC = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
    static final String NETHERLANDS = "http://publications.europa.eu/resource/authority/country/NLD";
    static final List<String> LANGUAGES = List.of("http://publications.europa.eu/resource/authority/language/NLD",
            "http://publications.europa.eu/resource/authority/language/ENG");
    static final String CONTACT = "mailto:ecza-registry@example.org";

    /** The JSON-LD context: the contract's lowerCamelCase keys as DCAT-AP terms. */
    static final Map<String, Object> CONTEXT = context();

    private final RegisterSnapshot register;
    private final LocalDate today;
    private final String base;
    private final Attribution attribution;

    /**
     * @param base the API's absolute base, e.g. {@code https://api.expertisezoeker.example}, without a trailing slash
     */
    public Catalogue(RegisterSnapshot register, LocalDate today, String base, Attribution attribution) {
        this.register = register;
        this.today = today;
        this.base = base;
        this.attribution = attribution;
    }

    public DatasetCatalogue catalogue() {
        List<RegisterEntries.Recognition> published = register.publishedRecognitions();
        List<Dataset> datasets = new ArrayList<>();
        List<RegisterEntries.Recognition> current = published.stream().filter(r -> r.visibleOn(today)).toList();
        datasets.add(dataset("/v1/recognitions", "ecza-register",
                new Texts("Register van erkende expertisecentra zeldzame aandoeningen",
                        "Register of recognised expertise centres for rare diseases"),
                new Texts("Alle erkenningen van expertisecentra zeldzame aandoeningen die vandaag gelden: instelling,"
                        + " centrum, aandoening (naam en ORPHAcode), erkend sinds, geldig tot en Europese"
                        + " referentienetwerken. Wordt dagelijks bijgewerkt.",
                        "Every recognition of an expertise centre for rare diseases valid today: institution, centre,"
                                + " condition (name and ORPHAcode), recognised since, valid until and European"
                                + " Reference Networks. Updated daily."),
                current, lastChange(published)));
        Map<Integer, List<RegisterEntries.Recognition>> byYear = new TreeMap<>(Comparator.reverseOrder());
        published.forEach(r -> byYear.computeIfAbsent(r.roundYear(), y -> new ArrayList<>()).add(r));
        byYear.forEach((year, decided) -> datasets.add(dataset("/v1/recognition-rounds/" + year + "/published-list",
                "ecza-erkenningen-ronde-" + year,
                new Texts("Erkenningen expertisecentra zeldzame aandoeningen, ronde " + year,
                        "Recognitions of expertise centres for rare diseases, round " + year),
                new Texts("De gepubliceerde lijst van de erkenningsronde " + year + ": elke erkenning die de ronde"
                        + " toekende, met haar status van vandaag (een erkenning kan inmiddels verlopen of ingetrokken"
                        + " zijn).",
                        "The published list of the " + year + " recognition round: every recognition the round"
                                + " granted, with its status today (a recognition may since have expired or been"
                                + " withdrawn)."),
                decided, lastChange(decided))));
        LocalDate modified = datasets.stream().map(Dataset::modified).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new DatasetCatalogue(CONTEXT, base + "/v1/datasets", "dcat:Catalog",
                new Texts("Open data van het register van expertisecentra zeldzame aandoeningen (ECZA)",
                        "Open data of the register of expertise centres for rare diseases (ECZA)"),
                new Texts("De erkenningen van expertisecentra zeldzame aandoeningen door de minister van VWS, als open"
                        + " data: het register van vandaag en de gepubliceerde lijst van elke erkenningsronde.",
                        "The recognitions of expertise centres for rare diseases by the Dutch Minister of Health,"
                                + " Welfare and Sport, as open data: today's register and the published list of every"
                                + " recognition round."),
                publisher(), CC0, LANGUAGES, base + "/", modified, datasets);
    }

    private Dataset dataset(String path, String identifier, Texts title, Texts description,
            List<RegisterEntries.Recognition> rows, LocalDate modified) {
        String url = base + path;
        String id = base + "/v1/datasets#" + identifier;
        return new Dataset(id, "dcat:Dataset", identifier, title, description,
                Map.of("nl", List.of("zeldzame aandoeningen", "expertisecentra", "ORPHAcode", "ERN"),
                        "en", List.of("rare diseases", "expertise centres", "ORPHAcode", "ERN")),
                THEME, publisher(), new ContactPoint("vcard:Organization", "ECZA registry team", CONTACT), CC0,
                rights(), PUBLIC, LANGUAGES, NETHERLANDS, temporal(rows), modified,
                List.of(distribution(id, url, "application/json", "JSON", title),
                        distribution(id, url, "text/csv", "CSV", title)));
    }

    private static Distribution distribution(String dataset, String url, String mediaType, String format, Texts title) {
        // The same URL serves both formats by content negotiation (Accept: application/json or text/csv).
        return new Distribution(dataset + "-" + format.toLowerCase(Locale.ROOT), "dcat:Distribution",
                new Texts(title.nl() + " (" + format + ")", title.en() + " (" + format + ")"), url, url,
                "https://www.iana.org/assignments/media-types/" + mediaType,
                "http://publications.europa.eu/resource/authority/file-type/" + format, CC0);
    }

    private static Agent publisher() {
        return new Agent(VWS, "foaf:Agent", new Texts("Ministerie van Volksgezondheid, Welzijn en Sport",
                "Ministry of Health, Welfare and Sport"));
    }

    /** The register is CC0 1.0; the Orphanet names in it are not the registry's to waive. */
    private RightsStatement rights() {
        return new RightsStatement("dct:RightsStatement", new Texts(
                "De inhoud van het register is vrij van rechten (CC0 1.0). De namen van aandoeningen komen uit de"
                        + " Orphanet-nomenclatuur en blijven onder CC BY 4.0 (" + CC_BY + ") met bronvermelding: "
                        + attribution.text(),
                "The register content is dedicated to the public domain (CC0 1.0). The condition names come from the"
                        + " Orphanet nomenclature and keep CC BY 4.0 (" + CC_BY + ") with attribution: "
                        + attribution.text()));
    }

    /** From the first day of validity to the last day (validUntil is the first day a recognition no longer holds). */
    private static PeriodOfTime temporal(List<RegisterEntries.Recognition> rows) {
        LocalDate start = rows.stream().map(RegisterEntries.Recognition::validFrom).min(Comparator.naturalOrder())
                .orElse(null);
        LocalDate end = rows.stream().map(RegisterEntries.Recognition::validUntil).max(Comparator.naturalOrder())
                .orElse(null);
        return start == null || end == null ? null : new PeriodOfTime("dct:PeriodOfTime", start, end.minusDays(1));
    }

    /** The last day up to today on which a decision, a start or end of validity or a withdrawal changed these rows. */
    private LocalDate lastChange(List<RegisterEntries.Recognition> rows) {
        return rows.stream().flatMap(r -> Stream.of(r.decisionDate(), r.validFrom(), r.validUntil(), r.withdrawnOn()))
                .filter(Objects::nonNull).filter(d -> !d.isAfter(today)).max(Comparator.naturalOrder()).orElse(null);
    }

    private static Map<String, Object> context() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("dcat", "http://www.w3.org/ns/dcat#");
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("foaf", "http://xmlns.com/foaf/0.1/");
        c.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        c.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        c.put("id", "@id");
        c.put("type", "@type");
        c.put("title", Map.of("@id", "dct:title", "@container", "@language"));
        c.put("description", Map.of("@id", "dct:description", "@container", "@language"));
        c.put("keyword", Map.of("@id", "dcat:keyword", "@container", "@language"));
        c.put("name", Map.of("@id", "foaf:name", "@container", "@language"));
        c.put("label", Map.of("@id", "rdfs:label", "@container", "@language"));
        c.put("identifier", "dct:identifier");
        c.put("publisher", "dct:publisher");
        c.put("contactPoint", "dcat:contactPoint");
        c.put("fn", "vcard:fn");
        c.put("rights", "dct:rights");
        c.put("temporal", "dct:temporal");
        c.put("dataset", "dcat:dataset");
        c.put("distribution", "dcat:distribution");
        for (String[] iri : new String[][] {{"license", "dct:license"}, {"language", "dct:language"},
                {"theme", "dcat:theme"}, {"accessRights", "dct:accessRights"}, {"spatial", "dct:spatial"},
                {"homepage", "foaf:homepage"},
                {"accessUrl", "dcat:accessURL"}, {"downloadUrl", "dcat:downloadURL"}, {"mediaType", "dcat:mediaType"},
                {"format", "dct:format"}, {"hasEmail", "vcard:hasEmail"}}) {
            c.put(iri[0], Map.of("@id", iri[1], "@type", "@id"));
        }
        for (String[] date : new String[][] {{"modified", "dct:modified"}, {"startDate", "dcat:startDate"},
                {"endDate", "dcat:endDate"}}) {
            c.put(date[0], Map.of("@id", date[1], "@type", "xsd:date"));
        }
        return Collections.unmodifiableMap(c);
    }
}
