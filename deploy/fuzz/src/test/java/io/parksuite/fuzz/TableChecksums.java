package io.parksuite.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Row count and checksum of every table of the four service databases, to prove that rejected
 * requests changed nothing. Audit tables are left out (a rejected request may be recorded as
 * such); the idempotency keys stay in: a key is claimed in the writing transaction, so a
 * rejected request must leave none, else its corrected retry would replay the rejection.
 */
final class TableChecksums {

    private static final String HOST = Optional.ofNullable(System.getenv("DB_HOST")).orElse("127.0.0.1");

    private TableChecksums() {
    }

    static boolean audit(String table) {
        return table.startsWith("audit_") || table.endsWith("_aud") || table.equals("revinfo");
    }

    /** "database.table" to "rows md5", for every non-audit table of the public schema. */
    static Map<String, String> take(Path stateDir) throws SQLException, IOException {
        String password = password(stateDir);
        Map<String, String> sums = new LinkedHashMap<>();
        for (String database : ApiDocuments.SERVICES) {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/" + database, database, password);
                 Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE' order by 1")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    if (audit(table)) {
                        continue;
                    }
                    try (ResultSet rs = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text, ',' order by t::text), ''))"
                            + " from public.\"" + table + "\" t")) {
                        rs.next();
                        sums.put(database + "." + table, rs.getLong(1) + " " + rs.getString(2));
                    }
                }
            }
        }
        return sums;
    }

    /** The tables whose count or checksum differ, with both values. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, sum) -> {
            if (!sum.equals(before.get(table))) {
                changed.add(table + ": before " + before.get(table) + ", after " + sum);
            }
        });
        before.keySet().stream().filter(t -> !after.containsKey(t)).forEach(t -> changed.add(t + ": gone"));
        return changed;
    }

    private static String password(Path stateDir) throws IOException {
        String fromEnv = System.getenv("DB_PASSWORD");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return Files.readAllLines(stateDir.resolve("secrets.env")).stream()
                .filter(line -> line.startsWith("DB_PASSWORD=")).map(line -> line.substring("DB_PASSWORD=".length()))
                .findFirst().orElseThrow(() -> new IllegalStateException("DB_PASSWORD is neither set nor in .state/secrets.env"));
    }
}
