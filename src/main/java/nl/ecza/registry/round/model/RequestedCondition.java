package nl.ecza.registry.round.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import nl.ecza.registry.common.time.ClockProducer;

/** One condition an application asks recognition for, and what became of it: advice, decision, objection. */
@Entity
@Table(name = "requested_condition")
public class RequestedCondition extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "application_id") UUID applicationId, @Column(name = "orpha_code") int orphaCode)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @MapsId("applicationId")
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(nullable = false)
    public int position;

    @Column(name = "care_pathway")
    public String carePathway;

    @Column(name = "yearly_patients")
    public Integer yearlyPatients;

    @Enumerated(EnumType.STRING)
    public Advice advice;

    @Column(name = "advice_reason")
    public String adviceReason;

    @Column(name = "advised_at")
    public Instant advisedAt;

    @Enumerated(EnumType.STRING)
    public DecisionOutcome decision;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** Last day of the objection window, fixed when the decision is taken: what the institution was told holds. */
    @Column(name = "objection_closes_on")
    public LocalDate objectionClosesOn;

    @Column(name = "recognition_id")
    public UUID recognitionId;

    @Column(name = "objection_lodged_at")
    public Instant objectionLodgedAt;

    @Column(name = "objection_reason")
    public String objectionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_outcome")
    public ObjectionOutcome objectionOutcome;

    @Column(name = "objection_decided_on")
    public LocalDate objectionDecidedOn;

    @Column(name = "objection_outcome_reason")
    public String objectionOutcomeReason;

    public int orphaCode() {
        return key.orphaCode();
    }

    /** Records the decision and fixes its objection window; later changes to the round's weeks do not move it. */
    public void decide(DecisionOutcome outcome, LocalDate on, String reason, int objectionWeeks) {
        decision = outcome;
        decisionDate = on;
        decisionReason = reason;
        objectionClosesOn = objectionWindowClosesOn(on, objectionWeeks);
    }

    /**
     * The last day of the objection window: the decision date plus the weeks in force, never fewer than the
     * statutory six. The period starts the day after the decision (Awb art. 6:8), so it ends on the same weekday.
     */
    public static LocalDate objectionWindowClosesOn(LocalDate decided, int objectionWeeks) {
        return decided.plusWeeks(Math.max(objectionWeeks, RecognitionRound.STATUTORY_OBJECTION_WEEKS));
    }

    /** An objection is in time up to and including the window's last day (a day in the Netherlands). */
    public boolean objectionInTimeOn(LocalDate day) {
        return objectionClosesOn != null && !day.isAfter(objectionClosesOn);
    }

    /** Only a refusal can be objected to, and only once. */
    public boolean openToObjection() {
        return decision == DecisionOutcome.NOT_RECOGNISED && objectionLodgedAt == null;
    }

    /**
     * The outcome of an objection is dated between the day it was lodged
     * and today, at the latest in the year after the round.
     */
    public boolean mayDecideObjectionOn(LocalDate day, LocalDate today, int roundYear) {
        LocalDate lodged = objectionLodgedOn();
        return lodged != null && !day.isBefore(lodged) && !day.isAfter(today) && day.getYear() <= roundYear + 1;
    }

    public LocalDate objectionLodgedOn() {
        return objectionLodgedAt == null ? null : LocalDate.ofInstant(objectionLodgedAt, ClockProducer.AMSTERDAM);
    }

    /**
     * What publication makes visible of this condition: its recognition, made by a positive decision or by an
     * upheld objection. A refusal, also while under objection, has none and never becomes public.
     */
    public Optional<UUID> recognitionToPublish() {
        boolean recognised = decision == DecisionOutcome.RECOGNISED || objectionOutcome == ObjectionOutcome.UPHELD;
        return recognised ? Optional.ofNullable(recognitionId) : Optional.empty();
    }
}
