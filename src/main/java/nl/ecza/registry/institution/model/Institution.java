package nl.ecza.registry.institution.model;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A Dutch hospital or other care institution where expertise centres are located. */
@Entity
@Table(name = "institution")
public class Institution extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ror_id")
    public String rorId;

    @Column(nullable = false)
    public String name;

    public String acronym;

    @Column(nullable = false)
    public String city;

    @Column(nullable = false)
    public String province;

    public Double latitude;

    public Double longitude;

    public String website;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstitutionType type;

    @Column(name = "umc_group")
    public String umcGroup;

    @Column(name = "agb_code")
    public String agbCode;

    @Column(name = "part_of_id")
    public UUID partOfId;

    @Version
    public long version;
}
