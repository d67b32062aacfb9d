package nl.ecza.registry.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a page sits in the whole result: sent with every paged list. */
@Schema(name = "Paging")
public record Paging(
        @Schema(description = "Page number, from 1.", examples = "1") int page,
        @Schema(description = "Items per page.", examples = "20") int pageSize,
        @Schema(description = "Number of items in the whole result.", examples = "57") long total,
        @Schema(description = "Number of pages in the whole result.", examples = "3") long totalPages) {

    public static Paging of(PageRequest request, long total) {
        return new Paging(request.page(), request.pageSize(), total,
                (total + request.pageSize() - 1) / request.pageSize());
    }
}
