package nl.ecza.registry.nomenclature.model;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A parent -> child link in one classification. */
@Entity
@Table(name = "classification_edge")
public class ClassificationEdge extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "classification_id") int classificationId,
            @Column(name = "parent_code") int parentCode,
            @Column(name = "child_code") int childCode) implements Serializable {
    }

    @EmbeddedId
    public Key key;
}
