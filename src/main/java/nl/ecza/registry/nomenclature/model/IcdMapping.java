package nl.ecza.registry.nomenclature.model;

/** One ICD-10 or ICD-11 code Orphanet aligns with an ORPHAcode, as written (ICD-10 dagger + and asterisk * kept). */
public record IcdMapping(int orphaCode, IcdRevision revision, String code, IcdRelation relation) {
}
