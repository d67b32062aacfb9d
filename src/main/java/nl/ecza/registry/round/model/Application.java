package nl.ecza.registry.round.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An institution's application in one round for one centre (new, or one it already runs) and a list of
 * conditions. Advice, decision and objection are recorded per condition as the round goes on.
 */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "round_year", nullable = false)
    public int roundYear;

    /** The applicant: the institution whose board applies. */
    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    /** The centre this application renews or extends; set on the first recognition of a new centre. */
    @Column(name = "centre_id")
    public UUID centreId;

    @Column(name = "centre_name_nl")
    public String centreNameNl;

    @Column(name = "centre_name_en")
    public String centreNameEn;

    @Column(name = "description_nl")
    public String descriptionNl;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "patient_phone")
    public String patientPhone;

    @Column(name = "patient_email")
    public String patientEmail;

    @Column(name = "patient_website")
    public String patientWebsite;

    @Column(name = "professional_phone")
    public String professionalPhone;

    @Column(name = "professional_email")
    public String professionalEmail;

    @Column(name = "professional_website")
    public String professionalWebsite;

    @Column(name = "research_output")
    public String researchOutput;

    @Column(name = "patient_organisation_involvement")
    public String patientOrganisationInvolvement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationState state;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "application_partner", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "institution_id")
    public Set<UUID> partnerInstitutions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "application_ern", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "ern_code")
    public Set<String> intendedErns = new LinkedHashSet<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RequestedCondition> conditions = new ArrayList<>();

    @Version
    public long version;

    public Optional<RequestedCondition> condition(int orphaCode) {
        return conditions.stream().filter(c -> c.key.orphaCode() == orphaCode).findFirst();
    }
}
