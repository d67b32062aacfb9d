package nl.ecza.registry.finder.mapping;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.ecza.registry.centre.model.Contact;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.finder.api.CentreConditionMatch;
import nl.ecza.registry.finder.api.CentreReference;
import nl.ecza.registry.finder.api.ContactDetails;
import nl.ecza.registry.finder.api.EncodedCentreSummary;
import nl.ecza.registry.finder.api.ExpertiseCentreDetails;
import nl.ecza.registry.finder.api.ExpertiseCentreSummary;
import nl.ecza.registry.finder.api.InstitutionParticipation;
import nl.ecza.registry.finder.api.InstitutionReference;
import nl.ecza.registry.finder.api.NetworkMembership;
import nl.ecza.registry.finder.api.RecognisedCondition;
import nl.ecza.registry.finder.api.SearchedCondition;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterEntries;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
import nl.ecza.registry.finder.search.CentreHit;
import nl.ecza.registry.finder.search.QueryCondition;
import nl.ecza.registry.nomenclature.api.ConditionReference;
import nl.ecza.registry.nomenclature.api.Match;
import nl.ecza.registry.nomenclature.api.Names;
import nl.ecza.registry.nomenclature.mapping.ConditionMapper;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.OrphaCodes;

/** Register read model -> API records, for one day and one language. */
public final class RegisterMapper {

    private final RegisterSnapshot register;
    private final DayView day;
    private final Language language;
    private final ConditionMapper conditions;

    public RegisterMapper(RegisterSnapshot register, DayView day, Language language) {
        this.register = register;
        this.day = day;
        this.language = language;
        this.conditions = new ConditionMapper(register.nomenclature(), language);
    }

    public ConditionMapper conditions() {
        return conditions;
    }

    /**
     * A finder hit as its summary: the centre's fixed fields encoded by {@code json} once per day and language
     * ({@link CentreSummaries}), the matches of this search beside them.
     */
    public EncodedCentreSummary summary(CentreHit hit, ObjectMapper json) {
        EncodedCentreSummary.Fixed fixed = CentreSummaries.of(day).fixed(hit.centre(), language, c -> {
            try {
                return json.writeValueAsString(withoutMatches(c));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Could not encode the summary of centre " + c.id(), e);
            }
        });
        return fixed.with(hit.matches().stream().map(this::match).toList());
    }

    private ExpertiseCentreSummary withoutMatches(RegisterEntries.Centre c) {
        List<InstitutionReference> institutions = c.institutions().stream()
                .map(p -> institution(p.institutionId())).toList();
        return new ExpertiseCentreSummary(c.id(), name(c), new Names(c.nameNl(), c.nameEn()),
                institution(c.leadingInstitution()), institutions, memberships(c), List.of(), c.demo());
    }

    public ExpertiseCentreDetails details(RegisterEntries.Centre c) {
        List<RecognisedCondition> recognised = day.recognitionsOfCentre(c.id()).stream()
                .sorted(Comparator.comparingInt(RegisterEntries.Recognition::orphaCode)).map(this::recognised).toList();
        List<InstitutionParticipation> institutions = participations(c);
        return new ExpertiseCentreDetails(c.id(), name(c), new Names(c.nameNl(), c.nameEn()),
                language == Language.EN ? c.descriptionEn() : c.descriptionNl(), contact(c.patientContact()),
                contact(c.professionalContact()), institutions, recognised, memberships(c), c.demo(),
                conditions.attribution());
    }

    /** Every institution of the centre with its website, the leading one first. */
    public List<InstitutionParticipation> participations(RegisterEntries.Centre c) {
        return c.institutions().stream()
                .sorted(Comparator.comparing(RegisterEntries.Participation::leading).reversed()).map(p -> {
            RegisterEntries.Institution i = register.institution(p.institutionId()).orElseThrow();
            return new InstitutionParticipation(i.id(), i.name(), i.city(), i.province(), i.type(),
                    i.website(), p.leading());
        }).toList();
    }

    public SearchedCondition searched(QueryCondition q) {
        Match match = q.icdMatch() != null
                ? conditions.match(register.nomenclature().condition(q.orphaCode()).orElseThrow(), q.icdMatch())
                : q.textMatch() == null ? null : conditions.match(q.textMatch());
        return new SearchedCondition(conditions.reference(q.orphaCode()), match,
                q.redirectedFrom() == null ? null : conditions.reference(q.redirectedFrom()), q.redirection());
    }

    public InstitutionReference institution(UUID id) {
        RegisterEntries.Institution i = register.institution(id).orElseThrow();
        return new InstitutionReference(i.id(), i.name(), i.city(), i.province(), i.type());
    }

    public CentreReference centre(RegisterEntries.Centre c) {
        return new CentreReference(c.id(), name(c), c.demo());
    }

    public String name(RegisterEntries.Centre c) {
        return language == Language.EN ? c.nameEn() : c.nameNl();
    }

    public String networkName(RegisterEntries.Network n) {
        return language == Language.EN ? n.nameEn() : n.nameNl();
    }

    public List<NetworkMembership> memberships(RegisterEntries.Centre c) {
        return day.membershipsOfCentre(c.id()).stream().map(m -> {
            RegisterEntries.Network n = register.network(m.ernCode()).orElseThrow();
            return new NetworkMembership(n.code(), n.acronym(), networkName(n), m.type(), m.since());
        }).sorted(Comparator.comparing(NetworkMembership::acronym)).toList();
    }

    private RecognisedCondition recognised(RegisterEntries.Recognition r) {
        ConditionRecord c = register.nomenclature().condition(r.orphaCode()).orElseThrow();
        return new RecognisedCondition(OrphaCodes.format(c.orphaCode()), c.orphaCode(), c.name(language),
                new Names(c.nameNl(), c.nameEn()), c.level(), r.roundYear(), r.decisionDate(), r.validFrom(),
                r.validUntil());
    }

    public CentreConditionMatch match(CentreHit.Match m) {
        ConditionReference recognised = conditions.reference(m.recognition().orphaCode());
        ConditionReference query = conditions.reference(m.queryCondition().orphaCode());
        CentreConditionMatch.Relation relation = switch (m.relation()) {
            case EXACT -> CentreConditionMatch.Relation.EXACT;
            case BROADER -> CentreConditionMatch.Relation.BROADER;
            case NARROWER -> CentreConditionMatch.Relation.NARROWER;
        };
        return new CentreConditionMatch(recognised, relation, m.distance(), query, m.recognition().validUntil(),
                Explanations.of(relation, recognised.name(), query.name(), language));
    }

    public static ContactDetails contact(Contact c) {
        return new ContactDetails(c.phone(), c.email(), c.website());
    }
}
