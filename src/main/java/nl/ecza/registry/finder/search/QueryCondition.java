package nl.ecza.registry.finder.search;

import nl.ecza.registry.nomenclature.model.IcdMapping;
import nl.ecza.registry.nomenclature.model.ReplacementType;
import nl.ecza.registry.nomenclature.search.SearchHit;

/**
 * A condition the finder searches centres for: the ORPHAcode asked for or a text match, after following an
 * inactive code to its replacement ({@code redirectedFrom} then says from which code and how), or a condition aligned
 * with the ICD code the text is ({@code icdMatch}).
 */
public record QueryCondition(int orphaCode, SearchHit textMatch, Integer redirectedFrom, ReplacementType redirection,
        IcdMapping icdMatch) {

    public QueryCondition(int orphaCode, SearchHit textMatch, Integer redirectedFrom, ReplacementType redirection) {
        this(orphaCode, textMatch, redirectedFrom, redirection, null);
    }
}
