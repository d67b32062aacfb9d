package nl.ecza.registry.finder.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.paging.Paging;

/** The European Reference Networks, by acronym. */
@Schema(description = "The European Reference Networks, by acronym.")
public record NetworkList(@Schema(required = true) List<NetworkSummary> items, @Schema(required = true) Paging paging) {
}
