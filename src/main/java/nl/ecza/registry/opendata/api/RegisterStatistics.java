package nl.ecza.registry.opendata.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Aggregated numbers of the public register; counts only published data. */
@Schema(description = "Numbers of the public register today: centres, recognised conditions (distinct ORPHAcodes) and "
        + "institutions, in total, per ERN, per institution and per round year.")
public record RegisterStatistics(
        @Schema(required = true) LocalDate date,
        @Schema(required = true) Totals totals,
        @Schema(required = true) List<PerNetwork> networks,
        @Schema(required = true) List<PerInstitution> institutions,
        @Schema(required = true) List<PerRoundYear> roundYears) {

    @Schema(name = "StatisticsTotals", description = "The register as a whole today.")
    public record Totals(@Schema(required = true) int centres, @Schema(required = true) int recognisedConditions,
            @Schema(required = true) int institutions,
            @Schema(description = "Centre x condition recognitions valid today.", required = true)
            int recognitions) {
    }

    @Schema(name = "StatisticsPerNetwork",
            description = "Dutch members of one ERN today, the conditions they are recognised for, their institutions.")
    public record PerNetwork(@Schema(required = true) String code, @Schema(required = true) String acronym,
            @Schema(required = true) int centres, @Schema(required = true) int recognisedConditions,
            @Schema(required = true) int institutions) {
    }

    @Schema(name = "StatisticsPerInstitution",
            description = "Centres an institution takes part in today, and their recognised conditions.")
    public record PerInstitution(@Schema(required = true) UUID id, @Schema(required = true) String name,
            @Schema(required = true) int centres, @Schema(required = true) int recognisedConditions) {
    }

    @Schema(name = "StatisticsPerRoundYear",
            description = "What a round decided (published recognitions, valid or not by now), and how "
            + "many of those recognitions are still valid today.")
    public record PerRoundYear(@Schema(required = true) int year, @Schema(required = true) int centres,
            @Schema(required = true) int recognisedConditions, @Schema(required = true) int institutions,
            @Schema(required = true) int recognitions, @Schema(required = true) int stillValid) {
    }
}
