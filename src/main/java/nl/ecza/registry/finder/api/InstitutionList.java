package nl.ecza.registry.finder.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.paging.Paging;

/** One page of institutions in name order. */
@Schema(description = "One page of institutions, by name.")
public record InstitutionList(@Schema(required = true) List<InstitutionSummary> items,
        @Schema(required = true) Paging paging) {
}
