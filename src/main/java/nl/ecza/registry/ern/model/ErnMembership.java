package nl.ecza.registry.ern.model;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A centre's membership of an ERN, from {@code since} until (exclusive) {@code until}, or open-ended. */
@Entity
@Table(name = "ern_membership")
public class ErnMembership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "centre_id", nullable = false)
    public UUID centreId;

    @Column(name = "ern_code", nullable = false)
    public String ernCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_type", nullable = false)
    public MembershipType membershipType;

    @Column(nullable = false)
    public LocalDate since;

    public LocalDate until;

    @Version
    public long version;
}
