package nl.ecza.registry.nomenclature.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where a pack comes from: a directory in the official layout, a zip of it, or the zip shipped on the class
 * path. Files may be gzipped ({@code .xml.gz}). Entries are visited one at a time, so nothing is unpacked.
 */
public abstract class PackSource {

    /** Receives each file of the pack with its path inside the pack. */
    @FunctionalInterface
    public interface Visitor {
        void visit(String name, InputStream content) throws IOException;
    }

    private final String description;

    private PackSource(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public abstract void forEachFile(Visitor visitor);

    public static PackSource of(Path path) {
        if (Files.isDirectory(path)) {
            return new DirectorySource(path);
        }
        if (Files.isRegularFile(path)) {
            return new ZipSource("file:" + path.toAbsolutePath(), () -> Files.newInputStream(path));
        }
        throw new PackImportException(path.toString(), 0, "no such file or directory");
    }

    public static PackSource classpath(String resource) {
        return new ZipSource("classpath:" + resource, () -> {
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new PackImportException(resource, 0, "not on the class path");
            }
            return in;
        });
    }

    static InputStream decompressed(String name, InputStream in) throws IOException {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private static final class DirectorySource extends PackSource {
        private final Path root;

        DirectorySource(Path root) {
            super("directory:" + root.toAbsolutePath());
            this.root = root;
        }

        @Override
        public void forEachFile(Visitor visitor) {
            try (Stream<Path> walk = Files.walk(root)) {
                List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
                for (Path file : files) {
                    String name = root.relativize(file).toString().replace('\\', '/');
                    try (InputStream in = decompressed(name, Files.newInputStream(file))) {
                        visitor.visit(name, new KeepOpen(in));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class ZipSource extends PackSource {
        private final Opener opener;

        ZipSource(String description, Opener opener) {
            super(description);
            this.opener = opener;
        }

        @Override
        public void forEachFile(Visitor visitor) {
            try (ZipInputStream zip = new ZipInputStream(opener.open())) {
                ZipEntry entry;
                boolean any = false;
                while ((entry = zip.getNextEntry()) != null) {
                    any = true;
                    if (!entry.isDirectory()) {
                        visitor.visit(entry.getName(), decompressed(entry.getName(), new KeepOpen(zip)));
                    }
                }
                if (!any) {
                    throw new PackImportException(description(), 0, "not a zip archive, or an empty one");
                }
            } catch (IOException e) {
                throw new PackImportException(description(), 0, "cannot read the archive: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The StAX parser may close what it reads; the source closes its own streams (and a zip stream must
     * survive to yield the next entry).
     */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the owner closes the archive
        }
    }
}
