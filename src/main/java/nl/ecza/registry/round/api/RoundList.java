package nl.ecza.registry.round.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.paging.Paging;

/** Recognition rounds, newest first. */
@Schema(description = "Recognition rounds, newest first.")
public record RoundList(@Schema(required = true) List<RoundView> items, @Schema(required = true) Paging paging) {
}
