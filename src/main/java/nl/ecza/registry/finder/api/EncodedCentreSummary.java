package nl.ecza.registry.finder.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;

/**
 * An {@link ExpertiseCentreSummary} on the wire: the fields no query changes come encoded (once per day and
 * language, by the same JSON mapper from the same record), the matches are encoded per request. A finder page of
 * twenty centres then encodes twenty short match lists instead of twenty centres with their institutions and
 * networks.
 */
public final class EncodedCentreSummary implements JsonSerializable {

    /** The fields before {@code matches}, each followed by a comma. */
    private final Utf8 fieldsBefore;
    private final List<CentreConditionMatch> matches;
    /** The fields after {@code matches}, each preceded by a comma. */
    private final Utf8 fieldsAfter;

    EncodedCentreSummary(Utf8 fieldsBefore, List<CentreConditionMatch> matches, Utf8 fieldsAfter) {
        this.fieldsBefore = fieldsBefore;
        this.matches = matches;
        this.fieldsAfter = fieldsAfter;
    }

    @Override
    public void serialize(JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        // Raw text does not count as a field: the generator writes no comma before "matches", so the text ends in one.
        json.writeRaw(fieldsBefore);
        provider.defaultSerializeField("matches", matches, json);
        json.writeRaw(fieldsAfter);
        json.writeEndObject();
    }

    @Override
    public void serializeWithType(JsonGenerator json, SerializerProvider provider, TypeSerializer type)
            throws IOException {
        serialize(json, provider);
    }

    /**
     * The fixed part of a centre's summary: the summary without matches, encoded, cut where the matches go. JSON
     * escapes every quote inside a string, so {@code "matches":[]} occurs once, as the field.
     */
    public static final class Fixed {

        private static final String EMPTY_MATCHES = "\"matches\":[]";

        private final Utf8 before;
        private final Utf8 after;

        private Fixed(String before, String after) {
            this.before = new Utf8(before);
            this.after = new Utf8(after);
        }

        /** @param encoded the JSON of an {@link ExpertiseCentreSummary} with no matches */
        public static Fixed of(String encoded) {
            int at = encoded.indexOf(EMPTY_MATCHES);
            if (at < 0 || encoded.charAt(0) != '{' || encoded.charAt(encoded.length() - 1) != '}'
                    || encoded.indexOf(EMPTY_MATCHES, at + 1) >= 0) {
                throw new IllegalArgumentException("Not the JSON of a centre summary without matches: " + encoded);
            }
            return new Fixed(encoded.substring(1, at), encoded.substring(at + EMPTY_MATCHES.length(),
                    encoded.length() - 1));
        }

        public EncodedCentreSummary with(List<CentreConditionMatch> matches) {
            return new EncodedCentreSummary(before, matches, after);
        }
    }

    /**
     * Encoded JSON kept as UTF-8, which the generator copies as it is (a String would be encoded again on every
     * write). Raw JSON is never quoted: the quoting methods are not for it.
     */
    static final class Utf8 implements SerializableString {

        private final byte[] bytes;

        Utf8(String json) {
            this.bytes = json.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String getValue() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return bytes.clone();
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + bytes.length > buffer.length) {
                return -1;
            }
            System.arraycopy(bytes, 0, buffer, offset, bytes.length);
            return bytes.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            String value = getValue();
            if (offset + value.length() > buffer.length) {
                return -1;
            }
            value.getChars(0, value.length(), buffer, offset);
            return value.length();
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(bytes);
            return bytes.length;
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (bytes.length > buffer.remaining()) {
                return -1;
            }
            buffer.put(bytes);
            return bytes.length;
        }

        @Override
        public char[] asQuotedChars() {
            throw new UnsupportedOperationException("raw JSON is never quoted");
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw new UnsupportedOperationException("raw JSON is never quoted");
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            throw new UnsupportedOperationException("raw JSON is never quoted");
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            throw new UnsupportedOperationException("raw JSON is never quoted");
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw new UnsupportedOperationException("raw JSON is never quoted");
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            throw new UnsupportedOperationException("raw JSON is never quoted");
        }
    }
}
