package io.parksuite.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the released and the current contracts live, relative to the module directory the tests
 * run in: the guard compares each released document with the file of the same name today.
 */
final class ContractFolders {

    static final Path BASELINE_OPENAPI = Path.of("baseline", "openapi");
    static final Path CURRENT_OPENAPI = Path.of("openapi");
    static final Path BASELINE_EVENTS = Path.of("baseline", "events");
    static final Path CURRENT_EVENTS = Path.of("src", "main", "resources", "contracts", "events");

    private ContractFolders() {
    }

    static List<String> fileNames(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
