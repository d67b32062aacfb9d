package nl.ecza.registry.centre.service;

import java.util.List;
import java.util.UUID;

import nl.ecza.registry.centre.model.Contact;

/** What it takes to register an expertise centre. */
public record NewCentre(
        String nameNl,
        String nameEn,
        String descriptionNl,
        String descriptionEn,
        Contact patientContact,
        Contact professionalContact,
        UUID leadingInstitution,
        List<UUID> partnerInstitutions) {
}
