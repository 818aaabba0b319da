package io.parksuite.platform.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps the role × endpoint matrix in docs/security.md generated from the committed matrix files
 * (contracts/security/*.csv, which each service's RoleMatrixTest checks against the running
 * service). Run with {@code -Dparksuite.docs.write=true} to rewrite the section.
 */
class RoleMatrixDocumentTest {

    private static final Path MATRICES = Path.of("..", "contracts", "security");
    private static final Path DOCUMENT = Path.of("..", "docs", "security.md");
    private static final String BEGIN = "<!-- role-matrix:begin (generated from contracts/security/*.csv) -->";
    private static final String END = "<!-- role-matrix:end -->";
    private static final List<String> COLUMNS = List.of(Roles.PARK_ADMIN, Roles.PARK_LEADER, Roles.INVESTMENT_OFFICER,
            Roles.APPROVAL_OFFICER, Roles.SERVICE_MANAGER, Roles.STATISTICIAN, Roles.GOV_SYSTEM, Roles.ENTERPRISE);

    @Test
    void theDocumentShowsTheCommittedMatrix() throws IOException {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        String generated = BEGIN + "\n" + render() + END;
        String updated = begin < 0 || end < begin ? document.stripTrailing() + "\n\n" + generated + "\n"
                : document.substring(0, begin) + generated + document.substring(end + END.length());
        if (Boolean.getBoolean("parksuite.docs.write")) {
            Files.writeString(DOCUMENT, updated, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(updated, document, "docs/security.md is behind contracts/security/*.csv: run "
                + "mvn test -pl platform -Dtest=RoleMatrixDocumentTest -Dparksuite.docs.write=true");
    }

    private static String render() throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.list(MATRICES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                String service = file.getFileName().toString().replace(".csv", "") + "-service";
                out.append("\n### ").append(service).append("\n\n| operation | no token | ")
                        .append(String.join(" | ", COLUMNS)).append(" |\n|---|:-:|")
                        .append(":-:|".repeat(COLUMNS.size())).append('\n');
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String row = line.strip();
                    if (row.isEmpty() || row.startsWith("#") || row.equals("method,path,allowed")) {
                        continue;
                    }
                    String[] cells = row.split(",", 3);
                    Set<String> allowed = new TreeSet<>(List.of(cells[2].strip().split("\\s+")));
                    boolean open = allowed.contains("public");
                    out.append("| `").append(cells[0].strip()).append(' ').append(cells[1].strip()).append("` | ")
                            .append(open ? "✓" : "·");
                    for (String role : COLUMNS) {
                        out.append(" | ").append(open || allowed.contains(role) ? "✓" : "·");
                    }
                    out.append(" |\n");
                }
            }
        }
        return out.append('\n').toString();
    }
}
