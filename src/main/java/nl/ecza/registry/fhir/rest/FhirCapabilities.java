package nl.ecza.registry.fhir.rest;

import java.time.Clock;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

import nl.ecza.registry.common.config.RegistryConfig;
import nl.ecza.registry.fhir.FhirJson;
import nl.ecza.registry.fhir.mapping.FhirMapper;

/** The facade's contract: what GET /fhir/metadata says it serves, and nothing more (docs/fhir.md). */
@ApplicationScoped
public class FhirCapabilities {

    private static final String SEARCH_PARAMETER = "http://hl7.org/fhir/SearchParameter/";

    @Inject
    RegistryConfig config;

    @Inject
    Clock clock;

    public CapabilityStatement statement(String base) {
        CapabilityStatement c = new CapabilityStatement();
        c.setUrl(base + "/metadata");
        c.setName("EczaRegistryFhirFacade");
        c.setTitle("ECZA registry - FHIR R4 read-only view of the public register");
        c.setStatus(PublicationStatus.ACTIVE);
        c.setDate(Date.from(clock.instant()));
        c.setPublisher("ECZA registry");
        c.setDescription("The Dutch register of recognised expertise centres for rare diseases"
                + " (expertisecentra zeldzame aandoeningen): institutions and European Reference Networks as"
                + " Organization, recognised centres as HealthcareService with their recognised conditions as"
                + " Orphanet-coded specialties, ERN memberships as OrganizationAffiliation. Only published, currently"
                + " valid recognitions. Read and search only; JSON only. Orphanet names: CC BY 4.0, see the "
                + FhirMapper.ORPHANET_ATTRIBUTION + " extension.");
        c.setKind(CapabilityStatementKind.INSTANCE);
        c.getSoftware().setName("ECZA registry").setVersion(config.api().version());
        c.getImplementation().setDescription("ECZA registry FHIR facade").setUrl(base);
        c.setFhirVersion(FHIRVersion._4_0_1);
        c.addFormat("json");
        c.addFormat(FhirJson.MEDIA_TYPE);
        var rest = c.addRest().setMode(RestfulCapabilityMode.SERVER)
                .setDocumentation("Strict search: an unknown parameter, a repeated one, a comma-separated list or a"
                        + " modifier not listed is a 400 OperationOutcome. Paging with _count (0 to "
                        + FhirSearch.MAX_COUNT + ", default " + FhirSearch.DEFAULT_COUNT + ") and _offset; Bundle links"
                        + " self, first, previous, next. Names follow Accept-Language (nl, the default, or en).");
        var service = resource(rest.addResource(), "HealthcareService",
                "An expertise centre recognised today: providedBy is the leading institution; specialty the recognised"
                        + " conditions (system " + FhirMapper.ORPHANET + ").");
        search(service, "_id", SearchParamType.TOKEN, "Resource-id", "The centre's id.");
        search(service, "specialty", SearchParamType.TOKEN, "HealthcareService-specialty",
                "An ORPHAcode (" + FhirMapper.ORPHANET + "|558 or 558), hierarchy-aware like the public finder: centres"
                        + " recognised for the condition, for a group it lies in, or for a condition inside it; ranked"
                        + " exact, broader, narrower.");
        search(service, "organization", SearchParamType.REFERENCE, "HealthcareService-organization",
                "The leading institution (providedBy): Organization/[id] or [id].");
        var organization = resource(rest.addResource(), "Organization",
                "Institutions (id: a UUID) and European Reference Networks (id: ern-[code]).");
        search(organization, "_id", SearchParamType.TOKEN, "Resource-id", "The organization's id.");
        search(organization, "identifier", SearchParamType.TOKEN, "Organization-identifier",
                "ROR (" + FhirMapper.ROR + ") or AGB (" + FhirMapper.AGB + ") identifier, with or without the system.");
        search(organization, "name", SearchParamType.STRING, "Organization-name",
                "Name or alias (acronym); starts with, case and accents ignored; also :contains and :exact.");
        var affiliation = resource(rest.addResource(), "OrganizationAffiliation",
                "A centre's current membership of a European Reference Network: organization is the network,"
                        + " participatingOrganization the centre's leading institution, healthcareService the centre,"
                        + " code the membership type (" + FhirMapper.MEMBERSHIP_TYPE + ").");
        search(affiliation, "_id", SearchParamType.TOKEN, "Resource-id", "The membership's id.");
        search(affiliation, "primary-organization", SearchParamType.REFERENCE,
                "OrganizationAffiliation-primary-organization", "The network: Organization/ern-[code].");
        search(affiliation, "participating-organization", SearchParamType.REFERENCE,
                "OrganizationAffiliation-participating-organization", "The centre's leading institution.");
        search(affiliation, "service", SearchParamType.REFERENCE, "OrganizationAffiliation-service",
                "The centre: HealthcareService/[id].");
        search(affiliation, "role", SearchParamType.TOKEN, "OrganizationAffiliation-role",
                "The membership type: fullMember, associatedNationalCentre, nationalCoordinationHub,"
                        + " supportingPartner.");
        return c;
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatementRestResourceComponent r,
            String type, String documentation) {
        r.setType(type).setProfile("http://hl7.org/fhir/StructureDefinition/" + type).setDocumentation(documentation);
        r.addInteraction().setCode(TypeRestfulInteraction.READ);
        r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        return r;
    }

    private static void search(CapabilityStatementRestResourceComponent r, String name, SearchParamType type,
            String definition, String documentation) {
        r.addSearchParam().setName(name).setType(type).setDefinition(SEARCH_PARAMETER + definition)
                .setDocumentation(documentation);
    }
}
