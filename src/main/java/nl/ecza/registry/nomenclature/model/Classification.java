package nl.ecza.registry.nomenclature.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One of Orphanet's specialty classifications (cardiac, neurological, ...), a tree under one head entity. */
@Entity
@Table(name = "classification")
public class Classification extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public int id;

    @Column(name = "orpha_number")
    public Integer orphaNumber;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "name_nl")
    public String nameNl;

    @Column(name = "head_code", nullable = false)
    public int headCode;
}
