package nl.ecza.registry.nomenclature.mapping;

import java.util.List;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.nomenclature.api.Attribution;
import nl.ecza.registry.nomenclature.api.ConditionDetails;
import nl.ecza.registry.nomenclature.api.ConditionReference;
import nl.ecza.registry.nomenclature.api.ConditionSummary;
import nl.ecza.registry.nomenclature.api.IcdCrossReference;
import nl.ecza.registry.nomenclature.api.IcdMatch;
import nl.ecza.registry.nomenclature.api.Match;
import nl.ecza.registry.nomenclature.api.Names;
import nl.ecza.registry.nomenclature.api.RelatedCondition;
import nl.ecza.registry.nomenclature.api.Replacement;
import nl.ecza.registry.nomenclature.api.Synonyms;
import nl.ecza.registry.nomenclature.api.Typology;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.IcdMapping;
import nl.ecza.registry.nomenclature.model.IcdRevision;
import nl.ecza.registry.nomenclature.model.OrphaCodes;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureSnapshot;
import nl.ecza.registry.nomenclature.search.IndexedTerm;
import nl.ecza.registry.nomenclature.search.SearchHit;

/** Read model -> API records, in the language the client asked for. */
public final class ConditionMapper {

    private final NomenclatureSnapshot snapshot;
    private final Language language;

    public ConditionMapper(NomenclatureSnapshot snapshot, Language language) {
        this.snapshot = snapshot;
        this.language = language;
    }

    public ConditionDetails details(ConditionRecord c) {
        return new ConditionDetails(OrphaCodes.format(c.orphaCode()), c.orphaCode(), c.name(language), names(c),
                new Synonyms(c.synonymsNl(), c.synonymsEn()), c.level(), typology(c), c.status(), c.flagValue(),
                replacement(c), c.aggregationCode() == null ? null : reference(c.aggregationCode()),
                references(snapshot.parents(c.orphaCode())), references(snapshot.children(c.orphaCode())),
                icd(c, IcdRevision.ICD_10), icd(c, IcdRevision.ICD_11), attribution());
    }

    public ConditionSummary summary(ConditionRecord c, SearchHit hit) {
        return new ConditionSummary(OrphaCodes.format(c.orphaCode()), c.orphaCode(), c.name(language),
                names(c), c.level(), c.status(), replacement(c), hit == null ? null : match(hit));
    }

    /** A condition found because the query is an ICD code aligned with it. */
    public ConditionSummary summaryByIcd(ConditionRecord c, IcdMapping via) {
        return new ConditionSummary(OrphaCodes.format(c.orphaCode()), c.orphaCode(), c.name(language),
                names(c), c.level(), c.status(), replacement(c), match(c, via));
    }

    public Match match(ConditionRecord c, IcdMapping via) {
        return new Match(Match.MatchType.ICD_CODE, c.nameEn(), Language.EN.code(), Match.TermType.PREFERRED_TERM,
                new IcdMatch(via.revision().label(), via.code(), via.relation()));
    }

    private List<IcdCrossReference> icd(ConditionRecord c, IcdRevision revision) {
        return snapshot.icd().of(c.orphaCode()).stream().filter(m -> m.revision() == revision)
                .map(m -> new IcdCrossReference(m.code(), m.relation())).toList();
    }

    public ConditionReference reference(int orphaCode) {
        ConditionRecord c = snapshot.condition(orphaCode).orElseThrow();
        return new ConditionReference(OrphaCodes.format(orphaCode), orphaCode, c.name(language), c.level(), c.status());
    }

    public RelatedCondition related(NomenclatureSnapshot.Relative relative) {
        ConditionRecord c = snapshot.condition(relative.orphaCode()).orElseThrow();
        return new RelatedCondition(OrphaCodes.format(c.orphaCode()), c.orphaCode(), c.name(language),
                c.level(), c.status(), relative.distance());
    }

    public Attribution attribution() {
        NomenclatureSnapshot.Release release = snapshot.release();
        return new Attribution(
                // concatenated, not formatted: every answer that serves Orphanet data carries it
                "Orphadata: Free access data from Orphanet. © INSERM 1999. Available on https://www.orphadata.com. "
                        + "Data version: Orphanet nomenclature pack " + release.dataVersion() + ", extracted "
                        + release.extractionDate() + ".",
                "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", release.dataVersion(),
                release.extractionDate(),
                "Imported into the ECZA registry: structure converted, English names used where no Dutch term exists. "
                        + "Not reviewed or endorsed by Orphanet.");
    }

    private List<ConditionReference> references(List<Integer> codes) {
        return codes.stream().map(this::reference).toList();
    }

    private static Names names(ConditionRecord c) {
        return new Names(c.nameNl(), c.nameEn());
    }

    private Typology typology(ConditionRecord c) {
        if (c.typologyEn() == null && c.typologyId() == null) {
            return null;
        }
        Names names = new Names(c.typologyNl(), c.typologyEn());
        return new Typology(c.typologyId(),
                language == Language.NL && c.typologyNl() != null ? c.typologyNl() : c.typologyEn(), names);
    }

    private Replacement replacement(ConditionRecord c) {
        if (c.replacementCode() == null) {
            return null;
        }
        ConditionRecord target = snapshot.condition(c.replacementCode()).orElseThrow();
        return new Replacement(OrphaCodes.format(target.orphaCode()), target.orphaCode(), target.name(language),
                c.replacementType());
    }

    public Match match(SearchHit hit) {
        IndexedTerm term = hit.term();
        Match.MatchType type = switch (hit.matchType()) {
            case ORPHA_CODE -> Match.MatchType.ORPHA_CODE;
            case EXACT -> Match.MatchType.EXACT;
            case PREFIX -> Match.MatchType.PREFIX;
            case FUZZY -> Match.MatchType.FUZZY;
        };
        return new Match(type, term.text(), term.language().code(),
                term.kind() == IndexedTerm.Kind.PREFERRED_TERM ? Match.TermType.PREFERRED_TERM
                        : Match.TermType.SYNONYM, null);
    }
}
