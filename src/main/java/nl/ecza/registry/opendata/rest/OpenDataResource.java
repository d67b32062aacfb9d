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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import nl.ecza.registry.common.csv.CsvTable;
import nl.ecza.registry.common.http.PublicRepresentations;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.RequestLanguage;
import nl.ecza.registry.common.openapi.ContractFilter;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterReadModel;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
import nl.ecza.registry.opendata.api.RecognitionList;
import nl.ecza.registry.opendata.api.RegisterStatistics;
import nl.ecza.registry.opendata.service.OpenData;

/** Open data: the register of valid recognitions, each round's published list, and register statistics. Anonymous. */
@Path("/v1")
@Tag(name = "open-data", description = "The public register as open data (JSON and CSV) and its statistics")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "503", ref = "NomenclatureUnavailable")
public class OpenDataResource {

    @Inject
    RegisterReadModel readModel;

    @Inject
    PublicRepresentations representations;

    @Inject
    Clock clock;

    @Inject
    OpenDataLists lists;

    @Inject
    RequestLanguage requestLanguage;

    @GET
    @Path("/recognitions")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.TEXT_CSV_NAME})
    @NonBlocking
    @Operation(operationId = "listValidRecognitions", summary = "The register: every recognition valid today",
            description = "Open data, complete (not paged): institution, centre, condition (Dutch name), ORPHAcode, "
                    + "recognised since, valid until, ERNs - only published recognitions. Accept: text/csv gives a "
                    + "spreadsheet (UTF-8 with BOM, semicolons, header row) whose every row carries the Orphanet "
                    + "attribution and data version.",
            extensions = @Extension(name = ContractFilter.ANSWERS_IN_LANGUAGE, value = "true"))
    @APIResponse(responseCode = "200", description = "The register",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control")},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecognitionList.class)),
                    @Content(mediaType = CsvTable.TEXT_CSV_NAME, schema = @Schema(type = SchemaType.STRING))})
    public Response register(@Context HttpHeaders headers, @Context HttpServerRequest http) {
        Language language = requestLanguage.get();
        RegisterSnapshot register = readModel.current();
        LocalDate today = ClockProducer.today(clock);
        DayView day = register.on(today);
        return lists.list(http, headers, register, day, language, null,
                () -> new OpenData(register, day, language).currentRegister(), "ecza-register-" + today);
    }

    @GET
    @Path("/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @NonBlocking
    @Operation(operationId = "getRegisterStatistics", summary = "Numbers of the register",
            description = "Centres, recognised conditions (distinct ORPHAcodes) and institutions today - in total, per "
                    + "ERN, per institution - and per round year what each round decided and how much of it is still "
                    + "valid. Published data only.")
    @APIResponse(responseCode = "200", description = "The statistics",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegisterStatistics.class)))
    public Response statistics(@Context HttpServerRequest http) {
        RegisterSnapshot register = readModel.current();
        LocalDate today = ClockProducer.today(clock);
        DayView day = register.on(today);
        return representations.ok(http, register.version() + "-" + today, Language.NL,
                () -> new OpenData(register, day, Language.NL).statistics());
    }
}
