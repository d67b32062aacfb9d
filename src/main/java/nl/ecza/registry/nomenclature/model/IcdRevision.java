package nl.ecza.registry.nomenclature.model;

/** The WHO classification an Orphanet cross-reference points into. */
public enum IcdRevision {
    ICD_10("ICD-10"),
    /** ICD-11 for Mortality and Morbidity Statistics (MMS). */
    ICD_11("ICD-11");

    private final String label;

    IcdRevision(String label) {
        this.label = label;
    }

    /** As Orphanet and the shipped mapping file write it. */
    public String label() {
        return label;
    }

    public static IcdRevision fromLabel(String label) {
        for (IcdRevision r : values()) {
            if (r.label.equals(label)) {
                return r;
            }
        }
        return null;
    }
}
