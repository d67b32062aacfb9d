package nl.ecza.registry.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The shipped Orphanet pack unpacked into a directory, to be edited into broken or changed packs. */
public final class PackFixture {

    public static final String SHIPPED = "orphanet/orphanet-nomenclature-pack-2025.zip";

    private final Path root;

    private PackFixture(Path root) {
        this.root = root;
    }

    public static PackFixture unpackShipped() {
        try {
            Path root = Files.createTempDirectory("orphanet-pack-");
            try (InputStream in = PackFixture.class.getClassLoader().getResourceAsStream(SHIPPED);
                    ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    Path target = root.resolve(e.getName());
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
            return new PackFixture(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    /** The one classification file of this id and language. */
    public Path classification(int id, String language) {
        try (Stream<Path> files = Files.list(root.resolve("Classifications").resolve(language))) {
            return files.filter(p -> p.getFileName().toString().startsWith("ORPHAclassification_" + id + "_"))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void edit(Path file, UnaryOperator<String> change) {
        String before = read(file);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("edit changed nothing in " + file);
        }
        write(file, after);
    }

    /** Replaces text inside the Disorder element of one ORPHAcode in a nomenclature file. */
    public void editDisorder(Path file, int orphaCode, UnaryOperator<String> change) {
        edit(file, xml -> {
            int code = xml.indexOf("<OrphaCode>" + orphaCode + "</OrphaCode>");
            int start = xml.lastIndexOf("<Disorder ", code);
            int end = xml.indexOf("</Disorder>", code) + "</Disorder>".length();
            return xml.substring(0, start) + change.apply(xml.substring(start, end)) + xml.substring(end);
        });
    }

    public void delete() {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
