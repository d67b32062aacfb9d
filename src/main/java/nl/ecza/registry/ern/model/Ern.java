package nl.ecza.registry.ern.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One of the 24 European Reference Networks. Reference data, seeded by migration. */
@Entity
@Table(name = "ern")
public class Ern extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String acronym;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "name_nl", nullable = false)
    public String nameNl;

    @Column(name = "scope_en", nullable = false)
    public String scopeEn;

    @Column(name = "scope_nl", nullable = false)
    public String scopeNl;

    @Column(name = "ror_id")
    public String rorId;

    @Column(name = "name_confirmed", nullable = false)
    public boolean nameConfirmed;

    /** Heuristic, not an official mapping: Orphanet classification heads whose scope resembles the network's. */
    @Column(name = "orphanet_heads", nullable = false)
    public Integer[] orphanetHeads;

    @Column(name = "orphanet_heads_note")
    public String orphanetHeadsNote;
}
