package nl.ecza.registry.nomenclature.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One imported Orphanet pack that changed the nomenclature, with its summary. */
@Entity
@Table(name = "nomenclature_release")
public class NomenclatureRelease extends PanacheEntityBase {

    /** How a code changed compared with the previous release. */
    public enum Change {
        ADDED, RENAMED, NEWLY_INACTIVE, REACTIVATED, OTHERWISE_CHANGED
    }

    @Embeddable
    public record LevelStatusCount(
            @Enumerated(EnumType.STRING) @Column(name = "classification_level") ClassificationLevel level,
            @Enumerated(EnumType.STRING) @Column(name = "status") ConditionStatus status,
            @Column(name = "entity_count") int count) {
    }

    @Embeddable
    public record CodeChange(
            @Column(name = "orpha_code") int orphaCode,
            @Enumerated(EnumType.STRING) @Column(name = "change") Change change) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "data_version", nullable = false)
    public String dataVersion;

    @Column(name = "extraction_date", nullable = false)
    public LocalDate extractionDate;

    @Column(name = "languages", nullable = false)
    public String languages;

    @Column(name = "content_sha256", nullable = false)
    public String contentSha256;

    @Column(name = "source", nullable = false)
    public String source;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "entity_count", nullable = false)
    public int entityCount;

    @Column(name = "edge_count", nullable = false)
    public int edgeCount;

    @Column(name = "closure_count", nullable = false)
    public int closureCount;

    @ElementCollection
    @CollectionTable(name = "nomenclature_release_count", joinColumns = @JoinColumn(name = "release_id"))
    public Set<LevelStatusCount> counts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "nomenclature_release_change", joinColumns = @JoinColumn(name = "release_id"))
    public Set<CodeChange> changes = new HashSet<>();
}
