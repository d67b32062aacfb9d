package nl.ecza.registry.centre.model;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An institution taking part in a centre; exactly one per centre leads. */
@Entity
@Table(name = "centre_institution")
public class CentreInstitution extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "centre_id") UUID centreId, @Column(name = "institution_id") UUID institutionId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @MapsId("centreId")
    @ManyToOne(optional = false)
    @JoinColumn(name = "centre_id")
    public ExpertiseCentre centre;

    @Column(name = "is_leading", nullable = false)
    public boolean leading;
}
