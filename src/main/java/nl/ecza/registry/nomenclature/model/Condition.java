package nl.ecza.registry.nomenclature.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One Orphanet clinical entity, active or inactive. Written only by the nomenclature importer; other
 * features reference it by ORPHAcode (recognitions, applications).
 */
@Entity
@Table(name = "condition")
public class Condition extends PanacheEntityBase {

    @Id
    @Column(name = "orpha_code")
    public int orphaCode;

    @Column(name = "orphanet_id")
    public Integer orphanetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification_level", nullable = false)
    public ClassificationLevel classificationLevel;

    @Column(name = "typology_id")
    public Integer typologyId;

    @Column(name = "typology_en")
    public String typologyEn;

    @Column(name = "typology_nl")
    public String typologyNl;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ConditionStatus status;

    @Column(name = "flag_value", nullable = false)
    public int flagValue;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "name_nl")
    public String nameNl;

    @Column(name = "replacement_code")
    public Integer replacementCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "replacement_type")
    public ReplacementType replacementType;

    @Column(name = "aggregation_code")
    public Integer aggregationCode;

    @Column(name = "first_release_id", nullable = false)
    public long firstReleaseId;

    @Column(name = "changed_release_id", nullable = false)
    public long changedReleaseId;
}
