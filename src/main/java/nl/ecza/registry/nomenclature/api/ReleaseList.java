package nl.ecza.registry.nomenclature.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.paging.Paging;

/** One page of releases, newest first. */
@Schema(description = "One page of nomenclature releases, newest first.")
public record ReleaseList(@Schema(required = true) List<ReleaseSummary> items, @Schema(required = true) Paging paging) {
}
