package nl.ecza.registry.finder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nl.ecza.registry.centre.model.Contact;
import nl.ecza.registry.centre.service.CentreRegistry;
import nl.ecza.registry.centre.service.NewCentre;
import nl.ecza.registry.centre.service.NewRecognition;
import nl.ecza.registry.ern.model.MembershipType;
import nl.ecza.registry.ern.service.MembershipRegistry;
import nl.ecza.registry.ern.service.NewMembership;
import nl.ecza.registry.institution.model.Institution;

/**
 * Test centres with known recognitions, registered through the same services staff will use, next to the
 * demo register. Names start with "Testcentrum" so they are easy to tell apart.
 */
final class RegisterFixture {

    static final int MARFAN_GROUP = 284993;
    static final int MARFAN = 558;
    static final int MARFAN_TYPE_1 = 284963;
    static final int PEROXISOME_BIOGENESIS = 79189;
    static final int PIPECOLIC_ACIDEMIA_DEPRECATED = 34;

    static final String ERASMUS_MC = "018906e22";
    static final String LUMC = "05xvt9f17";
    static final String UMCG = "03cv38k47";
    static final String MAASTRICHT = "02d9ce178";

    UUID group;
    UUID marfan;
    UUID expired;
    UUID withdrawn;
    UUID unpublished;
    UUID future;
    UUID peroxisome;
    UUID marfanRecognition;

    static UUID institution(String rorId) {
        return Institution.<Institution>find("rorId", rorId).firstResult().id;
    }

    static RegisterFixture create(CentreRegistry centres, MembershipRegistry memberships, LocalDate today) {
        RegisterFixture f = new RegisterFixture();
        f.group = centre(centres, "Testcentrum Marfan-groep", "Test centre Marfan group", ERASMUS_MC);
        centres.recognise(recognition(f.group, MARFAN_GROUP, today.minusYears(1), true));

        f.marfan = centre(centres, "Testcentrum Marfan", "Test centre Marfan", LUMC, MAASTRICHT);
        f.marfanRecognition = centres.recognise(recognition(f.marfan, MARFAN, today.minusMonths(2), true));
        memberships.join(new NewMembership(f.marfan, "vascern", MembershipType.FULL_MEMBER,
                today.minusMonths(1), null));

        f.expired = centre(centres, "Testcentrum verlopen", "Test centre expired", ERASMUS_MC);
        centres.recognise(new NewRecognition(f.expired, MARFAN, 2015, LocalDate.of(2015, 10, 1),
                LocalDate.of(2015, 10, 1), null, true));

        f.withdrawn = centre(centres, "Testcentrum ingetrokken", "Test centre withdrawn", LUMC);
        UUID withdrawnRecognition = centres.recognise(recognition(f.withdrawn, MARFAN, today.minusYears(1), true));
        centres.withdraw(withdrawnRecognition, today.minusDays(10), "Test: op verzoek van de instelling");

        f.unpublished = centre(centres, "Testcentrum ongepubliceerd", "Test centre unpublished", UMCG);
        centres.recognise(recognition(f.unpublished, MARFAN, today.minusMonths(1), false));

        f.future = centre(centres, "Testcentrum toekomst", "Test centre future", UMCG);
        centres.recognise(new NewRecognition(f.future, MARFAN, today.getYear(), today,
                today.plusMonths(3), null, true));

        f.peroxisome = centre(centres, "Testcentrum peroxisomen", "Test centre peroxisomes", UMCG);
        centres.recognise(recognition(f.peroxisome, PEROXISOME_BIOGENESIS, today.minusYears(1), true));
        return f;
    }

    /** Decided and valid from {@code day}, in that year's round, for five years. */
    static NewRecognition recognition(UUID centre, int orphaCode, LocalDate day, boolean published) {
        return new NewRecognition(centre, orphaCode, day.getYear(), day, day, null, published);
    }

    static UUID centre(CentreRegistry centres, String nl, String en, String leadRor, String... partnerRors) {
        return centres.register(new NewCentre(nl, en, "Testbeschrijving", "Test description",
                new Contact("+31 70 000 0000", "patienten@example.org", "https://example.org/patienten"),
                new Contact(null, "verwijzers@example.org", null), institution(leadRor),
                Arrays.stream(partnerRors).map(RegisterFixture::institution).toList()));
    }

    List<UUID> invisible() {
        return List.of(expired, withdrawn, unpublished, future);
    }
}
