package nl.ecza.registry.round.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
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

    /** The last day on which an objection is accepted: the decision date plus the round's objection weeks. */
    public LocalDate objectionClosesOn(int objectionWeeks) {
        return decisionDate == null ? null : decisionDate.plusWeeks(objectionWeeks);
    }
}
