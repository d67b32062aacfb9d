package nl.ecza.registry.common.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+([.,]\\d+)?") ? "'" + value : value;
        boolean quote = v.indexOf(SEPARATOR) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** Whether the client prefers CSV over JSON (Accept, by quality); JSON is the default. */
    public static boolean wanted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(TEXT_CSV_NAME)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** A download name such as ecza-erkenningen-2026-11-23.csv. */
    public static String attachment(String name) {
        return "attachment; filename=\"" + name + ".csv\"";
    }
}
