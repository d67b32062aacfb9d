package nl.ecza.registry.opendata.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;
import nl.ecza.registry.common.csv.CsvTable;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.RequestLanguage;
import nl.ecza.registry.common.openapi.ContractFilter;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterReadModel;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
import nl.ecza.registry.opendata.api.RecognitionList;
import nl.ecza.registry.opendata.api.RecognitionRow;
import nl.ecza.registry.opendata.service.OpenData;
import nl.ecza.registry.round.model.RecognitionRound;
import nl.ecza.registry.round.rest.Years;
import nl.ecza.registry.round.model.RoundNotFoundException;

/**
 * The yearly published list. Its own root resource because JAX-RS picks the root with the longest literal
 * prefix, /v1/recognition-rounds, and does not come back to a shorter one.
 */
@Path("/v1/recognition-rounds/{year}/published-list")
@Tag(name = "open-data")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "503", ref = "NomenclatureUnavailable")
@Extension(name = ContractFilter.ANSWERS_IN_LANGUAGE, value = "true")
public class PublishedListResource {

    @Inject
    RegisterReadModel readModel;

    @Inject
    OpenDataLists lists;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage requestLanguage;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTable.TEXT_CSV_NAME})
    @Operation(operationId = "getPublishedList", summary = "The published list of a round",
            description = "Every published recognition the round decided, with its status today (a recognition of 2019 "
                    + "may have expired). Before the round is published, there is no list (404). JSON, or CSV with "
                    + "Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "The list",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control")},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecognitionList.class)),
                    @Content(mediaType = CsvTable.TEXT_CSV_NAME, schema = @Schema(type = SchemaType.STRING))})
    public Response publishedList(@Parameter(ref = "year") @PathParam("year") String year,
            @Context HttpHeaders headers, @Context HttpServerRequest http) {
        int y = Years.parse(year);
        Language language = requestLanguage.get();
        RegisterSnapshot register = readModel.current();
        LocalDate today = ClockProducer.today(clock);
        DayView day = register.on(today);
        List<RecognitionRow> rows = new OpenData(register, day, language).publishedList(y);
        // Rounds before this registry exist only as their recognitions; a round it runs has a list once published
        // (possibly empty, if nothing was recognised).
        RecognitionRound round = RecognitionRound.findById(y);
        if (round != null ? !round.recognitionsPublic() : rows.isEmpty()) {
            throw new RoundNotFoundException(y);
        }
        return lists.list(http, headers, register, day, language, y, () -> rows, "ecza-erkenningen-ronde-" + y);
    }

}
