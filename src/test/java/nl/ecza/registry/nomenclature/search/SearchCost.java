package nl.ecza.registry.nomenclature.search;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.ecza.registry.nomenclature.importer.Pack;
import nl.ecza.registry.nomenclature.importer.PackReader;
import nl.ecza.registry.nomenclature.importer.PackSource;

/** In-process cost of the text queries of a distinct-request file (a measuring tool, not a test). */
public final class SearchCost {
    public static void main(String[] args) throws Exception {
        Pack pack = PackReader.read(PackSource.classpath("orphanet/orphanet-nomenclature-pack-2025.zip"));
        long t0 = System.nanoTime();
        ConditionSearchIndex index = ConditionSearchIndex.build(pack.conditions().values());
        System.out.printf("build %d ms, %d names%n", (System.nanoTime() - t0) / 1_000_000, index.termCount());
        List<String[]> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String path = line.split("\t")[1];
            int q = path.indexOf("q=");
            if (q < 0 || path.contains("orphaCode=")) {
                continue;
            }
            String text = URLDecoder.decode(path.substring(q + 2).split("&")[0], StandardCharsets.UTF_8);
            queries.add(new String[] {path.startsWith("/v1/conditions") ? "c" : "f", text});
        }
        if (System.getProperty("dump") != null) {
            // Every answer (code, match type, name, score; the total and a second page for /conditions), to compare
            // two builds line by line: java -Ddump=answers.txt ... SearchCost FILE
            List<String> lines = new ArrayList<>();
            for (String[] q : queries) {
                lines.add(q[0] + " " + q[1]);
                if (q[0].equals("c")) {
                    ConditionSearchIndex.Page first = index.search(q[1], code -> true, 0, 20);
                    lines.add("  total " + first.total());
                    first.hits().forEach(h -> lines.add("  " + h));
                    index.search(q[1], code -> code % 2 == 0, 20, 20).hits().forEach(h -> lines.add("  p2 " + h));
                } else {
                    index.best(q[1], 50).forEach(h -> lines.add("  " + h));
                }
            }
            Files.write(Path.of(System.getProperty("dump")), lines);
            return;
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 14;
        long[] nanos = new long[queries.size()];
        String[] kinds = new String[queries.size()];
        long bestRound = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < queries.size(); i++) {
                String[] q = queries.get(i);
                long s = System.nanoTime();
                List<SearchHit> hits = q[0].equals("c") ? index.search(q[1], code -> true, 0, 20).hits()
                        : index.best(q[1], 50);
                nanos[i] = System.nanoTime() - s;
                kinds[i] = q[0] + ":" + (hits.isEmpty() ? "none" : hits.get(0).matchType());
            }
            long total = System.nanoTime() - start;
            if (r >= rounds / 3) {
                bestRound = Math.min(bestRound, total);
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf("round %d: %d queries, mean %d us, p50 %d us, p90 %d us, p99 %d us%n", r, queries.size(),
                    total / queries.size() / 1000, sorted[sorted.length / 2] / 1000,
                    sorted[sorted.length * 9 / 10] / 1000,
                    sorted[sorted.length * 99 / 100] / 1000);
        }
        System.out.printf("best round after the first third: mean %d us%n", bestRound / queries.size() / 1000);
        // By kind (c: /v1/conditions, f: the finder; the tier of the first hit) in the last round.
        Map<String, long[]> byKind = new TreeMap<>();
        for (int i = 0; i < nanos.length; i++) {
            long[] k = byKind.computeIfAbsent(kinds[i], x -> new long[2]);
            k[0]++;
            k[1] += nanos[i];
        }
        byKind.forEach((kind, k) -> System.out.printf("%-14s %5d queries, mean %4d us%n", kind, k[0],
                k[1] / k[0] / 1000));
        Integer[] order = new Integer[queries.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(nanos[b], nanos[a]));
        long slowFifth = 0;
        long all = Arrays.stream(nanos).sum();
        for (int i = 0; i < order.length / 5; i++) {
            slowFifth += nanos[order[i]];
        }
        System.out.printf("slowest fifth: %d%% of the time%n", slowFifth * 100 / all);
        for (int i = 0; i < 40; i++) {
            String[] q = queries.get(order[i]);
            System.out.printf("%6d us %s %s%n", nanos[order[i]] / 1000, q[0], q[1]);
        }
    }
}
