package nl.ecza.registry.round.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import nl.ecza.registry.common.time.ClockProducer;

/**
 * The recognition round of one year: its phase dates and where it stands. Every calendar rule of a round is
 * one method here, so the services, the API and the tests mean the same thing by "the deadline has passed".
 */
@Entity
@Table(name = "recognition_round")
public class RecognitionRound extends PanacheEntityBase {

    /** Awb art. 6:7: the objection period is six weeks. A round may give more, never less. */
    public static final int STATUTORY_OBJECTION_WEEKS = 6;

    /** The configured default objection period, refused when it is shorter than the law's. */
    public static int defaultObjectionWeeks(int configured) {
        if (configured < STATUTORY_OBJECTION_WEEKS) {
            throw new IllegalStateException("ecza.rounds.objection-weeks is " + configured
                    + ": the objection period is at least " + STATUTORY_OBJECTION_WEEKS + " weeks (Awb art. 6:7)");
        }
        return configured;
    }

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

    /** A deadline on a day: 00:00 Europe/Amsterdam, so 1 April is 31 March 22:00 UTC (summer time starts before it). */
    public static Instant deadlineOn(LocalDate day) {
        return day.atTime(LocalTime.MIDNIGHT).atZone(ClockProducer.AMSTERDAM).toInstant();
    }

    /** The day of the deadline in the Netherlands. */
    public LocalDate deadlineDay() {
        return LocalDate.ofInstant(applicationDeadline, ClockProducer.AMSTERDAM);
    }

    /** The deadline has passed from its very instant on: applications are accepted strictly before it. */
    public boolean deadlinePassedAt(Instant now) {
        return !now.isBefore(applicationDeadline);
    }

    /** Applications are drafted, submitted and withdrawn only while the round is open and its deadline ahead. */
    public boolean acceptsApplicationsAt(Instant now) {
        return state == RoundState.OPEN && !deadlinePassedAt(now);
    }

    /** A round opens only while its deadline lies ahead: otherwise no one could apply. */
    public boolean mayOpenAt(Instant now) {
        return state.mayMoveTo(RoundState.OPEN) && !deadlinePassedAt(now);
    }

    /** Applications close only once the deadline has passed: institutions rely on the published date. */
    public boolean mayCloseAt(Instant now) {
        return state.mayMoveTo(RoundState.CLOSED_FOR_APPLICATIONS) && deadlinePassedAt(now);
    }

    /** Once applications are closed the deadline is frozen: moving it would reopen submission and withdrawal. */
    public boolean deadlineFrozen() {
        return state != RoundState.PLANNED && state != RoundState.OPEN;
    }

    /**
     * Whether the deadline may move to this moment now. It must lie ahead (a deadline at or before now would close
     * applications early, which closing the round refuses); an open round's deadline may be extended, not brought
     * forward, because institutions plan on the published date.
     */
    public boolean mayMoveDeadlineTo(Instant deadline, Instant now) {
        if (deadlineFrozen() || !now.isBefore(deadline)) {
            return false;
        }
        return state != RoundState.OPEN || !deadline.isBefore(applicationDeadline);
    }

    /** A decision is dated between the deadline day and today, at the latest in the year after the round. */
    public boolean mayDecideOn(LocalDate day, LocalDate today) {
        return !day.isBefore(deadlineDay()) && !day.isAfter(today) && day.getYear() <= year + 1;
    }

    /**
     * What publication makes visible: the round's recognitions are public once the round is published, and not
     * one before (a recognition made later, on an upheld objection, is public at once).
     */
    public boolean recognitionsPublic() {
        return state == RoundState.PUBLISHED;
    }
}
