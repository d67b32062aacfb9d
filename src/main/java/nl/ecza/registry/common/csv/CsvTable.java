package nl.ecza.registry.common.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * CSV that opens correctly in Excel as Dutch users have it: UTF-8 with a byte-order mark (else Excel reads
 * Windows-1252 and mangles "Sjögren"), semicolons (the list separator of Dutch Excel), CRLF, RFC 4180 quoting,
 * one header row. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class CsvTable {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());
    public static final String TEXT_CSV_NAME = "text/csv";
    static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public CsvTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public CsvTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row needs " + header.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "" : Objects.toString(cell));
        }
        rows.add(row);
        return this;
    }

    public byte[] bytes() {
        StringBuilder out = new StringBuilder(BOM);
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+([.,]\\d+)?")
                ? "'" + value : value;
        boolean quote = v.indexOf(SEPARATOR) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** Whether the client prefers CSV over JSON (Accept, by quality); JSON when it does not say. */
    public static boolean wanted(HttpHeaders headers) {
        return wanted(headers, false);
    }

    /**
     * Whether the client prefers CSV over JSON by the qualities in Accept; {@code csvByDefault} decides a missing or
     * empty Accept and a tie (such as {@code *}{@code /*}). Read here rather than through the framework, whose
     * parser throws on an empty or malformed header: a malformed one is a 406, like on every other operation.
     */
    public static boolean wanted(HttpHeaders headers, boolean csvByDefault) {
        double csv = -1;
        double json = -1;
        for (String value : headers.getRequestHeader(HttpHeaders.ACCEPT)) {
            for (String element : value.split(",")) {
                if (element.isBlank()) {
                    continue;
                }
                MediaType type = mediaType(element.trim());
                double quality = quality(type);
                if (type.isCompatible(TEXT_CSV)) {
                    csv = Math.max(csv, quality);
                }
                if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                    json = Math.max(json, quality);
                }
            }
        }
        if (csv == -1 && json == -1) {
            return csvByDefault;
        }
        if (csv <= 0 && json <= 0) {
            throw new NotAcceptableException();
        }
        return csv == json ? csvByDefault : csv > json;
    }

    private static MediaType mediaType(String text) {
        try {
            return MediaType.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new NotAcceptableException();
        }
    }

    private static double quality(MediaType type) {
        String q = type.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        if (!q.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
            throw new NotAcceptableException();
        }
        return Double.parseDouble(q);
    }

    /** A download name such as ecza-erkenningen-2026-11-23.csv. */
    public static String attachment(String name) {
        return "attachment; filename=\"" + name + ".csv\"";
    }
}
