package nl.ecza.registry.nomenclature.model;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Ancestor -> descendant over all classifications, with the shortest distance (0 for the entity itself). */
@Entity
@Table(name = "condition_closure")
public class ConditionClosure extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "ancestor_code") int ancestorCode,
            @Column(name = "descendant_code") int descendantCode) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "distance", nullable = false)
    public int distance;
}
