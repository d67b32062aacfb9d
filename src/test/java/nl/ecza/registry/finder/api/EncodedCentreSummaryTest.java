package nl.ecza.registry.finder.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.ecza.registry.ern.model.MembershipType;
import nl.ecza.registry.institution.model.InstitutionType;
import nl.ecza.registry.nomenclature.api.ConditionReference;
import nl.ecza.registry.nomenclature.api.Names;
import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionStatus;

/** A summary from its encoded fixed part and its matches is, byte for byte, the summary the mapper encodes whole. */
class EncodedCentreSummaryTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void shouldEncodeASummaryAsTheMapperEncodesItWhole() throws Exception {
        ExpertiseCentreSummary whole = summary("Expertisecentrum Marfan", "Marfan centre", matches(), true);
        ExpertiseCentreSummary other = summary("Centrum \"matches\":[] x", "Centre \"matches\":[]", List.of(), false);

        // bytes as the service writes them (UTF-8 generator), and text (the character generator)
        assertArrayEquals(json.writeValueAsBytes(List.of(whole, other)),
                json.writeValueAsBytes(List.of(encoded(whole), encoded(other))));
        assertEquals(json.writeValueAsString(List.of(whole, other)),
                json.writeValueAsString(List.of(encoded(whole), encoded(other))));
    }

    @Test
    void shouldRefuseWhatIsNotASummaryWithoutMatches() throws Exception {
        String withMatches = json.writeValueAsString(summary("A", "A", matches(), false));
        String twice = "{\"a\":1,\"matches\":[],\"matches\":[]}";

        assertThrows(IllegalArgumentException.class, () -> EncodedCentreSummary.Fixed.of(withMatches));
        assertThrows(IllegalArgumentException.class, () -> EncodedCentreSummary.Fixed.of(twice));
        assertThrows(IllegalArgumentException.class, () -> EncodedCentreSummary.Fixed.of("[\"matches\":[]]"));
    }

    private EncodedCentreSummary encoded(ExpertiseCentreSummary summary) throws Exception {
        ExpertiseCentreSummary fixed = new ExpertiseCentreSummary(summary.id(), summary.name(), summary.names(),
                summary.leadingInstitution(), summary.institutions(), summary.europeanReferenceNetworks(), List.of(),
                summary.demo());
        return EncodedCentreSummary.Fixed.of(json.writeValueAsString(fixed)).with(summary.matches());
    }

    private static ExpertiseCentreSummary summary(String nameNl, String nameEn, List<CentreConditionMatch> matches,
            boolean demo) {
        InstitutionReference leading = new InstitutionReference(UUID.randomUUID(), "Erasmus MC", "Rotterdam",
                "Zuid-Holland", InstitutionType.UMC);
        InstitutionReference other = new InstitutionReference(UUID.randomUUID(), "Sophia Kinderziekenhuis \u00eb",
                "Rotterdam", "Zuid-Holland", InstitutionType.GENERAL);
        return new ExpertiseCentreSummary(UUID.randomUUID(), nameNl, new Names(nameNl, nameEn), leading,
                List.of(leading, other), List.of(new NetworkMembership("vascern", "VASCERN", "Vaatziekten",
                        MembershipType.FULL_MEMBER, LocalDate.of(2017, 3, 1))), matches, demo);
    }

    private static List<CentreConditionMatch> matches() {
        ConditionReference marfan = new ConditionReference("ORPHA:558", 558, "Syndroom van Marfan",
                ClassificationLevel.DISORDER, ConditionStatus.ACTIVE);
        ConditionReference group = new ConditionReference("ORPHA:98053", 98053, "Zeldzame genetische aandoening",
                ClassificationLevel.GROUP_OF_DISORDERS, ConditionStatus.ACTIVE);
        return List.of(new CentreConditionMatch(marfan, CentreConditionMatch.Relation.EXACT, 0, marfan,
                        LocalDate.of(2031, 1, 1), "Erkend voor Syndroom van Marfan."),
                new CentreConditionMatch(group, CentreConditionMatch.Relation.BROADER, 3, marfan,
                        LocalDate.of(2030, 1, 1), "Erkend voor de groep."));
    }
}
