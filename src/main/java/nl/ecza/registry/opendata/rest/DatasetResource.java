package nl.ecza.registry.opendata.rest;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import nl.ecza.registry.common.http.PublicRepresentations;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.nomenclature.mapping.ConditionMapper;
import nl.ecza.registry.opendata.api.DatasetCatalogue;
import nl.ecza.registry.opendata.service.Catalogue;
import nl.ecza.registry.register.readmodel.RegisterReadModel;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;

/** The open-data catalogue (DCAT-AP-NL in JSON-LD), for data.overheid.nl and other harvesters (decision 0025). */
@Path("/v1/datasets")
@Tag(name = "open-data")
public class DatasetResource {

    static final String JSON_LD = "application/ld+json";
    private static final MediaType JSON_LD_TYPE = MediaType.valueOf(JSON_LD);

    @Inject
    RegisterReadModel readModel;

    @Inject
    PublicRepresentations representations;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @GET
    @NonBlocking
    @Produces({JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getDatasetCatalogue", summary = "The open-data catalogue (DCAT-AP-NL)",
            description = "A DCAT-AP-NL (DCAT-AP-DONL) catalogue as JSON-LD: the register (every recognition valid"
                    + " today) and the published list of every round, each with a JSON and a CSV distribution, in Dutch"
                    + " and English, with publisher, licence (CC0 1.0; the Orphanet condition names inside keep CC BY"
                    + " 4.0 and their attribution), temporal coverage and the day it last changed. application/ld+json"
                    + " by default; application/json gives the same document.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control"), @Header(ref = "Content-Language")},
            content = {@Content(mediaType = JSON_LD, schema = @Schema(implementation = DatasetCatalogue.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DatasetCatalogue.class))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "503", ref = "NomenclatureUnavailable")
    public Response catalogue(@Context HttpHeaders headers, @Context UriInfo uri, @Context HttpServerRequest http) {
        RegisterSnapshot register = readModel.current();
        LocalDate today = ClockProducer.today(clock);
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        MediaType type = wanted(headers);
        // The IRIs hold the host the client used, so it is part of the version.
        String version = register.version() + "-" + today + "-" + Integer.toHexString(base.hashCode());
        return representations.ok(http, version, Language.NL, type, () -> {
            DatasetCatalogue catalogue = new Catalogue(register, today, base,
                    new ConditionMapper(register.nomenclature(), Language.NL).attribution()).catalogue();
            try {
                return json.writeValueAsBytes(catalogue);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** JSON-LD unless the client prefers plain JSON (JAX-RS has already refused anything else with a 406). */
    private static MediaType wanted(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(JSON_LD_TYPE)) {
                return JSON_LD_TYPE;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
        }
        return JSON_LD_TYPE;
    }
}
