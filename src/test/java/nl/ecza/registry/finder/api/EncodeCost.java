package nl.ecza.registry.finder.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.ecza.registry.ern.model.MembershipType;
import nl.ecza.registry.institution.model.InstitutionType;
import nl.ecza.registry.nomenclature.api.ConditionReference;
import nl.ecza.registry.nomenclature.api.Names;
import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionStatus;

/**
 * In-process cost of encoding a finder page of 20 centres, whole and with the fixed fields pre-encoded
 * ({@link EncodedCentreSummary}); a measuring tool, not a test. Run pinned to one core (docs/performance.md).
 */
public final class EncodeCost {

    private EncodeCost() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Random random = new Random(1);
        ConditionReference marfan = new ConditionReference("ORPHA:558", 558, "Syndroom van Marfan",
                ClassificationLevel.DISORDER, ConditionStatus.ACTIVE);
        List<ExpertiseCentreSummary> whole = new ArrayList<>();
        List<EncodedCentreSummary> encoded = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<InstitutionReference> institutions = new ArrayList<>();
            for (int k = 0; k < 2 + random.nextInt(2); k++) {
                institutions.add(new InstitutionReference(UUID.randomUUID(), "Universitair Medisch Centrum " + k,
                        "Utrecht", "Utrecht", InstitutionType.UMC));
            }
            List<NetworkMembership> networks = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                networks.add(new NetworkMembership("vascern" + k, "VASCERN",
                        "Europees referentienetwerk voor zeldzame multisystemische vaataandoeningen",
                        MembershipType.FULL_MEMBER, LocalDate.of(2017, 3, 1)));
            }
            List<CentreConditionMatch> matches = List.of(new CentreConditionMatch(marfan,
                    CentreConditionMatch.Relation.EXACT, 0, marfan, LocalDate.of(2031, 1, 1),
                    "Erkend voor Syndroom van Marfan, waarnaar u zocht."));
            ExpertiseCentreSummary summary = new ExpertiseCentreSummary(UUID.randomUUID(), "Expertisecentrum " + i,
                    new Names("Expertisecentrum " + i, "Expertise centre " + i), institutions.get(0), institutions,
                    networks, matches, true);
            whole.add(summary);
            ExpertiseCentreSummary fixed = new ExpertiseCentreSummary(summary.id(), summary.name(), summary.names(),
                    summary.leadingInstitution(), institutions, networks, List.of(), summary.demo());
            encoded.add(EncodedCentreSummary.Fixed.of(json.writeValueAsString(fixed)).with(matches));
        }
        byte[] a = json.writeValueAsBytes(whole);
        System.out.printf("%d bytes, the same both ways: %s%n", a.length,
                Arrays.equals(a, json.writeValueAsBytes(encoded)));
        int pages = 20_000;
        for (int round = 0; round < 12; round++) {
            long sink = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < pages; i++) {
                sink += json.writeValueAsBytes(whole).length;
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < pages; i++) {
                sink += json.writeValueAsBytes(encoded).length;
            }
            long t2 = System.nanoTime();
            System.out.printf("page of 20: whole %.1f us, fixed fields pre-encoded %.1f us (%d)%n",
                    (t1 - t0) / 1e3 / pages, (t2 - t1) / 1e3 / pages, sink);
        }
    }
}
