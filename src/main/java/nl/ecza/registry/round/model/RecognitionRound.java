package nl.ecza.registry.round.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The recognition round of one year: its phase dates and where it stands. */
@Entity
@Table(name = "recognition_round")
public class RecognitionRound extends PanacheEntityBase {

    @Id
    public Integer year;

    /** Applications are accepted strictly before this instant (by default 1 April 00:00 Europe/Amsterdam). */
    @Column(name = "application_deadline", nullable = false)
    public Instant applicationDeadline;

    @Column(name = "assessment_ends", nullable = false)
    public LocalDate assessmentEnds;

    @Column(name = "decisions_due", nullable = false)
    public LocalDate decisionsDue;

    @Column(name = "objection_weeks", nullable = false)
    public int objectionWeeks;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundState state;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean acceptsApplicationsAt(Instant now) {
        return state == RoundState.OPEN && now.isBefore(applicationDeadline);
    }
}
