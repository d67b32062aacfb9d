package nl.ecza.registry.centre.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An expertise centre: a team at one or more institutions, recognised per condition. */
@Entity
@Table(name = "expertise_centre")
public class ExpertiseCentre extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "name_nl", nullable = false)
    public String nameNl;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

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

    /** Fictional demonstration data; never present in production. */
    @Column(nullable = false)
    public boolean demo;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "centre", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<CentreInstitution> institutions = new ArrayList<>();

    @Version
    public long version;
}
