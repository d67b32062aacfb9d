package nl.ecza.registry.centre.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A centre recognised for one condition by one round's decision. Valid from {@code validFrom} until
 * (exclusive) {@code validUntil}, at most five years; visible to the public only when published.
 */
@Entity
@Table(name = "recognition")
public class Recognition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "centre_id", nullable = false)
    public UUID centreId;

    @Column(name = "orpha_code", nullable = false)
    public int orphaCode;

    @Column(name = "round_year", nullable = false)
    public int roundYear;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(nullable = false)
    public boolean published;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /**
     * A withdrawal ends the recognition early: on a day within its
     * validity, from validFrom up to (not including) validUntil.
     */
    public boolean mayBeWithdrawnOn(LocalDate day) {
        return !day.isBefore(validFrom) && day.isBefore(validUntil);
    }

    /** Active, expired or withdrawn on a given day; derived, so it never goes stale. */
    public RecognitionStatus statusOn(LocalDate day) {
        return RecognitionStatus.of(validFrom, validUntil, withdrawnOn, day);
    }
}
