package nl.ecza.registry.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.ecza.registry.common.problem.ProblemType;

/** docs/problems.md is what API users read: it lists exactly the problem types the code reports, with their status. */
class ProblemCatalogueTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(urn:nl:ecza:problem:[a-z-]+)` \\| (\\d{3}) \\|",
            Pattern.MULTILINE);

    @Test
    void shouldListEveryProblemTypeWithItsStatusAndNoOther() throws IOException {
        String page = Files.readString(Path.of("docs/problems.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2));
        }
        Set<String> reported = Arrays.stream(ProblemType.values()).map(t -> t.type() + " " + t.status())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented, equalTo(reported));
    }
}
