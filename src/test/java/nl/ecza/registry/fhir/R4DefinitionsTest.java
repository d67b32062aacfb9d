package nl.ecza.registry.fhir;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;

/**
 * The check the FHIR tests rely on finds what it should: without this, a checker that never fails would pass them all.
 */
class R4DefinitionsTest {

    private static final R4Definitions DEFINITIONS = new R4Definitions(FhirContext.forR4Cached());

    @Test
    void shouldFindBrokenInvariantsAndCardinalities() {
        Organization nameless = new Organization();
        nameless.setActive(true);
        assertThat(DEFINITIONS.check(nameless), hasItem(startsWith("Organization: org-1")));

        HealthcareService backwards = new HealthcareService();
        backwards.addSpecialty().addExtension("https://example.org/period",
                new Period().setStartElement(new DateTimeType("2030-01-01"))
                        .setEndElement(new DateTimeType("2020-01-01")));
        assertThat(DEFINITIONS.check(backwards), hasItem(startsWith("Period: per-1")));

        Bundle untyped = new Bundle();
        untyped.addEntry().setFullUrl("https://example.org/x");
        assertThat(DEFINITIONS.check(untyped), hasItem(startsWith("Bundle.type: at least 1")));
    }

    @Test
    void shouldPassAConformingResource() {
        Organization named = new Organization();
        named.setName("Erasmus MC");
        assertThat(DEFINITIONS.check(named), empty());
    }
}
