package nl.ecza.registry.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.ecza.registry.institution.model.InstitutionType;
import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureSnapshot;

/**
 * What the demo register is made of: per network the real conditions in its scope, and the real institutions
 * that may host a centre. Networks sharing an Orphanet head are told apart by name patterns, which is good
 * enough for demonstration data (and only for that).
 */
final class DemoCatalogue {

    /** An institution as the generator needs it. */
    record Host(UUID id, String rorId, String shortName, InstitutionType type) {
    }

    /** A network and the conditions in its scope: disorders to recognise, small groups, subtypes. */
    record Scope(String ernCode, String scopeNl, String scopeEn, List<ConditionRecord> disorders,
            List<ConditionRecord> groups) {
    }

    /** A network as stored: code, heads, Dutch and English scope. */
    record Network(String code, List<Integer> heads, String scopeNl, String scopeEn) {
    }

    private static final Pattern EPILEPSY = Pattern.compile("epilep|seizure|spasms", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEUROMUSCULAR = Pattern.compile(
            "muscular|myopath|myasthen|neuropath|dystroph|myotoni|amyotroph|charcot|myositis",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHILDHOOD_CANCER = Pattern.compile(
            "childhood|infantile|pediatric|juvenile|neuroblastoma|retinoblastoma|wilms|nephroblastoma|hepatoblastoma|"
                    + "medulloblastoma|rhabdomyosarcoma|ewing|leukemia|lymphoma",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TUMOUR_RISK = Pattern.compile(
            "hereditary|familial|predisposition|lynch|li-fraumeni|polyposis", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADULT_CANCER = Pattern.compile(
            "carcinoma|sarcoma|mesothelioma|neuroendocrine|tumor of|tumour of", Pattern.CASE_INSENSITIVE);

    /** Categorical hospitals and the networks that fit them (ROR id -> network codes). */
    static final Map<String, Set<String>> CATEGORICAL_FIT = Map.of(
            "02aj7yc53", Set.of("paedcan"),
            "03xqtf034", Set.of("euracan", "genturis"),
            "0454gfp30", Set.of("reconnet", "bond"),
            "02hjc7j46", Set.of("eye"),
            "03bbe8e53", Set.of("epicare"));

    /** Hospitals in the ROR list that have closed; no demo centre is placed there. */
    static final Set<String> CLOSED = Set.of("01w502745", "0240vc720");

    private DemoCatalogue() {
    }

    static List<Scope> scopes(NomenclatureSnapshot nomenclature, List<Network> networks) {
        List<Scope> scopes = new ArrayList<>();
        for (Network network : networks.stream().sorted(Comparator.comparing(Network::code)).toList()) {
            List<ConditionRecord> disorders = new ArrayList<>();
            List<ConditionRecord> groups = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (int head : network.heads()) {
                for (NomenclatureSnapshot.Relative relative : nomenclature.descendants(head)) {
                    ConditionRecord c = nomenclature.condition(relative.orphaCode()).orElseThrow();
                    if (!c.status().isActive() || !seen.add(c.orphaCode()) || !fits(network.code(), c.nameEn())) {
                        continue;
                    }
                    int size = nomenclature.descendants(c.orphaCode()).size();
                    if (c.level() == ClassificationLevel.DISORDER) {
                        disorders.add(c);
                    } else if (c.level() == ClassificationLevel.GROUP_OF_DISORDERS && size >= 2 && size <= 25) {
                        groups.add(c);
                    }
                }
            }
            disorders.sort(Comparator.comparingInt(ConditionRecord::orphaCode));
            groups.sort(Comparator.comparingInt(ConditionRecord::orphaCode));
            if (!disorders.isEmpty()) {
                scopes.add(new Scope(network.code(), network.scopeNl(), network.scopeEn(), List.copyOf(disorders),
                        List.copyOf(groups)));
            }
        }
        return scopes;
    }

    private static boolean fits(String ernCode, String name) {
        return switch (ernCode) {
            case "epicare" -> EPILEPSY.matcher(name).find();
            case "euro-nmd" -> NEUROMUSCULAR.matcher(name).find();
            case "rnd" -> !EPILEPSY.matcher(name).find() && !NEUROMUSCULAR.matcher(name).find();
            case "paedcan" -> CHILDHOOD_CANCER.matcher(name).find();
            case "genturis" -> TUMOUR_RISK.matcher(name).find();
            case "euracan" -> ADULT_CANCER.matcher(name).find() && !CHILDHOOD_CANCER.matcher(name).find();
            default -> true;
        };
    }
}
