package nl.ecza.registry.nomenclature.model;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A synonym of a condition in one language, in Orphanet's order. */
@Entity
@Table(name = "condition_synonym")
public class ConditionSynonym extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "orpha_code") int orphaCode,
            @Column(name = "language") String language,
            @Column(name = "position") int position) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "term", nullable = false)
    public String term;
}
