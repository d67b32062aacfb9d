package nl.ecza.registry.opendata.rest;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;
import nl.ecza.registry.common.csv.CsvTable;
import nl.ecza.registry.common.http.PublicRepresentations;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
import nl.ecza.registry.nomenclature.api.Attribution;
import nl.ecza.registry.nomenclature.mapping.ConditionMapper;
import nl.ecza.registry.opendata.api.RecognitionList;
import nl.ecza.registry.opendata.api.RecognitionRow;
import nl.ecza.registry.opendata.service.OpenData;

/** A list of recognitions as JSON or, when asked for, as a CSV download; both cached per read-model version and day. */
@ApplicationScoped
public class OpenDataLists {

    @Inject
    PublicRepresentations representations;

    public Response list(HttpServerRequest http, HttpHeaders headers, RegisterSnapshot register, DayView day,
            Language language, Integer year, Supplier<List<RecognitionRow>> rows, String fileName) {
        Attribution attribution = new ConditionMapper(register.nomenclature(), language).attribution();
        String version = register.version() + "-" + day.date();
        if (CsvTable.wanted(headers)) {
            Response csv = representations.ok(http, version, language, CsvTable.TEXT_CSV,
                    () -> OpenData.csv(rows.get(), attribution, language));
            return Response.fromResponse(csv).header("Content-Disposition", CsvTable.attachment(fileName)).build();
        }
        return representations.ok(http, version, language, () -> {
            List<RecognitionRow> items = rows.get();
            return new RecognitionList(day.date(), year, items, items.size(), attribution);
        });
    }
}
