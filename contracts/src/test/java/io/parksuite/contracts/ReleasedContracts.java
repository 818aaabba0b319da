package io.parksuite.contracts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares every released contract in a baseline folder with the current file of the same name. A
 * released file with no current counterpart is a removed contract; a current file with no released
 * counterpart is new (a new service document or a new {@code .v2} event type) and is not compared.
 */
final class ReleasedContracts {

    private ReleasedContracts() {
    }

    /** One line per breaking change, each prefixed with the file it is in. */
    static List<String> breakingChanges(Path released, Path current, String suffix,
            Comparison comparison) {
        List<String> breaking = new ArrayList<>();
        for (String name : ContractFolders.fileNames(released, suffix)) {
            Path currentFile = current.resolve(name);
            if (!Files.exists(currentFile)) {
                breaking.add(name + ": released contract removed");
                continue;
            }
            comparison.between(ContractFolders.read(released.resolve(name)), ContractFolders.read(currentFile))
                    .forEach(change -> breaking.add(name + ": " + change));
        }
        return breaking;
    }

    /** The comparison of one released document with its current version. */
    @FunctionalInterface
    interface Comparison {
        List<String> between(String released, String current);
    }
}
