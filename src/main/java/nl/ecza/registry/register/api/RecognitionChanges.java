package nl.ecza.registry.register.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.validation.RegistryDate;

/** Corrections to a recognition: publish or unpublish it, shorten it, or withdraw it. */
@Schema(description = "Corrections to a recognition; fields left out stay as they are. withdrawnOn ends it early.")
public record RecognitionChanges(Boolean published, @RegistryDate LocalDate validUntil,
        @RegistryDate LocalDate withdrawnOn,
        @Size(max = 2000) String withdrawalReason) {
}
