package nl.ecza.registry.opendata.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The open-data catalogue as DCAT-AP-NL (DCAT-AP-DONL) in JSON-LD. The {@code @context} maps the lowerCamelCase keys of
 * the contract to DCAT, Dublin Core, FOAF and vCard terms, so the same body is plain JSON to a REST client and RDF to a
 * catalogue harvester (decision 0025).
 */
@Schema(description = "A DCAT-AP-NL (DCAT-AP-DONL) catalogue in JSON-LD: the register and the yearly published lists."
        + " Besides the properties below, the body holds an @context that maps them to DCAT"
        + " (http://www.w3.org/ns/dcat#), Dublin Core (http://purl.org/dc/terms/), FOAF and vCard terms; expanded as"
        + " JSON-LD it is a dcat:Catalog with dcat:Datasets.",
        additionalProperties = Schema.True.class)
@JsonPropertyOrder({"@context", "id", "type"})
public record DatasetCatalogue(
        @Schema(hidden = true) @JsonProperty("@context") Map<String, Object> context,
        @Schema(description = "IRI of the catalogue.", required = true) String id,
        @Schema(required = true, examples = "dcat:Catalog") String type,
        @Schema(required = true) Texts title,
        @Schema(required = true) Texts description,
        @Schema(required = true) Agent publisher,
        @Schema(description = "Licence IRI of the catalogue's metadata.", required = true) String license,
        @Schema(description = "Language IRIs.", required = true) List<String> language,
        @Schema(required = true) String homepage,
        @Schema(description = "The last day any of the datasets changed.", required = true) LocalDate modified,
        @Schema(required = true) List<Dataset> dataset) {

    /** A text in Dutch and English (a JSON-LD language map). */
    @Schema(description = "A text in Dutch and English.")
    public record Texts(@Schema(required = true) String nl, @Schema(required = true) String en) {
    }

    @Schema(description = "A dcat:Dataset.")
    @JsonPropertyOrder({"id", "type"})
    public record Dataset(
            @Schema(required = true) String id,
            @Schema(required = true, examples = "dcat:Dataset") String type,
            @Schema(required = true) String identifier,
            @Schema(required = true) Texts title,
            @Schema(required = true) Texts description,
            @Schema(description = "Keywords per language.", required = true) Map<String, List<String>> keyword,
            @Schema(description = "Theme IRI (DONL taxonomy).", required = true) String theme,
            @Schema(required = true) Agent publisher,
            @Schema(required = true) ContactPoint contactPoint,
            @Schema(description = "Licence IRI: CC0 1.0 for the register content.", required = true) String license,
            @Schema(description = "The Orphanet names inside keep CC BY 4.0 and their attribution.", required = true)
            RightsStatement rights,
            @Schema(required = true) String accessRights,
            @Schema(required = true) List<String> language,
            @Schema(required = true) String spatial,
            @Schema(description = "The validity period of the recognitions it holds.", nullable = true)
            PeriodOfTime temporal,
            @Schema(description = "The last day its content changed.", nullable = true) LocalDate modified,
            @Schema(required = true) List<Distribution> distribution) {
    }

    @Schema(description = "A dcat:Distribution: one format of a dataset and where to get it.")
    @JsonPropertyOrder({"id", "type"})
    public record Distribution(
            @Schema(required = true) String id,
            @Schema(required = true, examples = "dcat:Distribution") String type,
            @Schema(required = true) Texts title,
            @Schema(required = true) String accessUrl,
            @Schema(required = true) String downloadUrl,
            @Schema(description = "IANA media type IRI.", required = true) String mediaType,
            @Schema(description = "File type IRI (EU authority list).", required = true) String format,
            @Schema(required = true) String license) {
    }

    @Schema(description = "A foaf:Agent.")
    @JsonPropertyOrder({"id", "type"})
    public record Agent(@Schema(required = true) String id,
            @Schema(required = true, examples = "foaf:Agent") String type,
            @Schema(required = true) Texts name) {
    }

    @Schema(description = "A vcard:Organization to contact.")
    @JsonPropertyOrder({"type"})
    public record ContactPoint(@Schema(required = true, examples = "vcard:Organization") String type,
            @Schema(required = true) String fn,
            @Schema(required = true, examples = "mailto:ecza-registry@example.org") String hasEmail) {
    }

    @Schema(description = "A dct:PeriodOfTime.")
    @JsonPropertyOrder({"type"})
    public record PeriodOfTime(@Schema(required = true, examples = "dct:PeriodOfTime") String type,
            @Schema(required = true) LocalDate startDate, @Schema(required = true) LocalDate endDate) {
    }

    @Schema(description = "A dct:RightsStatement.")
    @JsonPropertyOrder({"type"})
    public record RightsStatement(@Schema(required = true, examples = "dct:RightsStatement") String type,
            @Schema(required = true) Texts label) {
    }
}
