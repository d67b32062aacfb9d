package nl.ecza.registry.round.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.paging.Paging;

/** Applications in a round the caller may see: a hospital its own institutions', staff all. */
@Schema(description = "Applications in a round: for a hospital its own institutions', for staff all.")
public record ApplicationList(@Schema(required = true) List<ApplicationView> items,
        @Schema(required = true) Paging paging) {
}
