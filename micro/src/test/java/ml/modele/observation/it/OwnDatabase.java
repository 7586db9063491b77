package ml.modele.observation.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension that gives a test class a database folder of its own, named after the class.
 * No class then depends on data that another class left or on the order of the classes.
 * Register it before {@code ArquillianExtension}, because arquillian.xml reads {@code it.db.dir}
 * when Arquillian starts the server. Each class runs in its own JVM, so the property does not leak.
 * <p>
 * Failsafe runs the classes one after the other, so the folders of the classes before this one
 * belong to servers that have stopped: they are deleted, because each holds about 500 MB.
 */
final class OwnDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Path shared = Path.of(System.getProperty("it.db.dir"));
        deleteEarlierFolders(shared);
        System.setProperty("it.db.dir", shared + "-" + context.getRequiredTestClass().getSimpleName());
    }

    private static void deleteEarlierFolders(Path shared) {
        Path parent = shared.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = shared.getFileName() + "-";
        try (Stream<Path> folders = Files.list(parent)) {
            List<Path> earlier = folders.filter(folder -> folder.getFileName().toString().startsWith(prefix)).toList();
            for (Path folder : earlier) {
                try {
                    delete(folder);
                } catch (IOException e) {
                    // A folder left behind costs disk space only, so the class still runs.
                    System.err.println("Could not delete the test database folder " + folder + ": " + e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list the test database folders in " + parent, e);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
