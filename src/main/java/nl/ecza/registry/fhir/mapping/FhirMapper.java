package nl.ecza.registry.fhir.mapping;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.OrganizationAffiliation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.ern.model.MembershipType;
import nl.ecza.registry.nomenclature.mapping.ConditionMapper;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterEntries;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;

/**
 * The public register as FHIR R4 resources, for one day and one language (docs/decisions/0022): an institution is an
 * Organization, a European Reference Network an Organization too (id {@code ern-<code>}), an expertise centre a
 * HealthcareService provided by its leading institution with its recognised conditions as Orphanet-coded
 * specialties, and a centre's ERN membership an OrganizationAffiliation.
 */
public final class FhirMapper {

    /** ORPHAcodes in FHIR, as Orphanet and the European rare-disease FHIR profiles name the system. */
    public static final String ORPHANET = "http://www.orpha.net";
    public static final String ROR = "https://ror.org";
    /** Vektis' AGB register of Dutch care providers, as the Dutch FHIR profiles (Nictiz) name it. */
    public static final String AGB = "http://fhir.nl/fhir/NamingSystem/agb-z";
    /** The registry's own canonical base for its extensions and code systems: a name, not (yet) a page to fetch. */
    public static final String CANONICAL = "https://registry.ecza.example/fhir";
    public static final String RECOGNITION_PERIOD = CANONICAL + "/StructureDefinition/recognition-period";
    public static final String PARTICIPATING_INSTITUTION = CANONICAL + "/StructureDefinition/participating-institution";
    public static final String ORPHANET_ATTRIBUTION = CANONICAL + "/StructureDefinition/orphanet-attribution";
    public static final String MEMBERSHIP_TYPE = CANONICAL + "/CodeSystem/ern-membership-type";
    static final String ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";
    public static final String ERN_PREFIX = "ern-";

    private final RegisterSnapshot register;
    private final DayView day;
    private final Language language;
    private final ConditionMapper conditions;

    public FhirMapper(RegisterSnapshot register, DayView day, Language language) {
        this.register = register;
        this.day = day;
        this.language = language;
        this.conditions = new ConditionMapper(register.nomenclature(), language);
    }

    public Organization institution(RegisterEntries.Institution i) {
        Organization o = new Organization();
        o.setId(i.id().toString());
        if (i.rorId() != null) {
            o.addIdentifier().setSystem(ROR).setValue(i.rorId());
        }
        if (i.agbCode() != null) {
            o.addIdentifier().setSystem(AGB).setValue(i.agbCode());
        }
        o.setActive(true);
        o.addType().addCoding(new Coding(ORGANIZATION_TYPE, "prov", "Healthcare Provider"));
        o.setName(i.name());
        if (i.acronym() != null) {
            o.addAlias(i.acronym());
        }
        if (i.website() != null) {
            o.addTelecom().setSystem(ContactPoint.ContactPointSystem.URL).setValue(i.website());
        }
        o.addAddress().setCity(i.city()).setState(i.province()).setCountry("NL");
        if (i.partOfId() != null) {
            o.setPartOf(organizationReference(i.partOfId()));
        }
        return o;
    }

    public Organization network(RegisterEntries.Network n) {
        Organization o = new Organization();
        o.setId(ERN_PREFIX + n.code());
        if (n.rorId() != null) {
            o.addIdentifier().setSystem(ROR).setValue(n.rorId());
        }
        o.setActive(true);
        o.addType().addCoding(new Coding(ORGANIZATION_TYPE, "other", "Other"))
                .setText(language == Language.EN ? "European Reference Network" : "Europees referentienetwerk");
        o.setName(language == Language.EN ? n.nameEn() : n.nameNl());
        o.addAlias(n.acronym());
        return o;
    }

    /** A visible centre: its recognitions of today, nothing expired, withdrawn or unpublished. */
    public HealthcareService centre(RegisterEntries.Centre c) {
        HealthcareService s = new HealthcareService();
        s.setId(c.id().toString());
        s.addExtension(ORPHANET_ATTRIBUTION, new StringType(attribution()));
        s.setActive(true);
        s.setProvidedBy(organizationReference(c.leadingInstitution()));
        c.institutions().stream().filter(p -> !p.leading())
                .forEach(p -> s.addExtension(PARTICIPATING_INSTITUTION, organizationReference(p.institutionId())));
        day.recognitionsOfCentre(c.id()).stream()
                .sorted(Comparator.comparingInt(RegisterEntries.Recognition::orphaCode))
                .forEach(r -> s.addSpecialty(specialty(r)));
        s.setName(language == Language.EN ? c.nameEn() : c.nameNl());
        String description = language == Language.EN ? c.descriptionEn() : c.descriptionNl();
        if (description != null && !description.isBlank()) {
            s.setComment(description);
        }
        var contact = c.patientContact();
        if (contact.phone() != null) {
            s.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(contact.phone());
        }
        if (contact.email() != null) {
            s.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(contact.email());
        }
        if (contact.website() != null) {
            s.addTelecom().setSystem(ContactPoint.ContactPointSystem.URL).setValue(contact.website());
        }
        return s;
    }

    private CodeableConcept specialty(RegisterEntries.Recognition r) {
        ConditionRecord condition = register.nomenclature().condition(r.orphaCode()).orElseThrow();
        String name = condition.name(language);
        CodeableConcept concept = new CodeableConcept(new Coding(ORPHANET, Integer.toString(r.orphaCode()), name))
                .setText(name);
        // valid from the first day through the last: the register's validUntil is the first day no longer valid
        concept.addExtension(RECOGNITION_PERIOD, new Period().setStartElement(date(r.validFrom()))
                .setEndElement(date(r.validUntil().minusDays(1))));
        return concept;
    }

    public OrganizationAffiliation membership(RegisterEntries.Membership m) {
        RegisterEntries.Centre centre = register.centre(m.centreId()).orElseThrow();
        RegisterEntries.Network network = register.network(m.ernCode()).orElseThrow();
        OrganizationAffiliation a = new OrganizationAffiliation();
        a.setId(m.id().toString());
        a.setActive(true);
        Period period = new Period().setStartElement(date(m.since()));
        if (m.until() != null) {
            period.setEndElement(date(m.until().minusDays(1)));
        }
        a.setPeriod(period);
        a.setOrganization(new Reference("Organization/" + ERN_PREFIX + network.code()).setDisplay(network.acronym()));
        a.setParticipatingOrganization(organizationReference(centre.leadingInstitution()));
        a.addHealthcareService(new Reference("HealthcareService/" + centre.id())
                .setDisplay(language == Language.EN ? centre.nameEn() : centre.nameNl()));
        a.addCode(new CodeableConcept(new Coding(MEMBERSHIP_TYPE, m.type().apiValue(), roleName(m.type(), language))));
        return a;
    }

    public static String roleName(MembershipType type, Language language) {
        boolean en = language == Language.EN;
        return switch (type) {
            case FULL_MEMBER -> en ? "Full member" : "Volwaardig lid";
            case ASSOCIATED_NATIONAL_CENTRE -> en ? "Affiliated partner: associated national centre"
                    : "Geaffilieerde partner: geassocieerd nationaal centrum";
            case NATIONAL_COORDINATION_HUB -> en ? "Affiliated partner: national coordination hub"
                    : "Geaffilieerde partner: nationale coördinatiehub";
            case SUPPORTING_PARTNER -> en ? "Supporting partner" : "Ondersteunende partner";
        };
    }

    /** Orphanet's citation, licence and what the registry changed: CC BY 4.0 asks for all three. */
    public String attribution() {
        var a = conditions.attribution();
        return a.text() + " Licence: " + a.licence() + " (" + a.licenceUrl() + "). " + a.changes();
    }

    private Reference organizationReference(UUID id) {
        Reference reference = new Reference("Organization/" + id);
        register.institution(id).ifPresent(i -> reference.setDisplay(i.name()));
        return reference;
    }

    /** A date without time or zone: a day in the register is a Dutch calendar day, not an instant. */
    static DateTimeType date(LocalDate day) {
        return new DateTimeType(day.getYear() + "-" + pad(day.getMonthValue()) + "-" + pad(day.getDayOfMonth()));
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

}
