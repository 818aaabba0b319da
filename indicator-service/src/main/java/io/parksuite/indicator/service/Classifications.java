package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Classification;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads, locks and writes the local copy of enterprises' streets, chains and designations. */
@ApplicationScoped
public class Classifications {

    /**
     * Locks the dimension rows of {@code usccs} (in USCC order, so two writers never deadlock) and
     * returns the USCCs that are known here. Everything that changes an enterprise's
     * contributions holds this lock, so its before/after are never interleaved with another's.
     */
    public Set<String> lock(Connection connection, Collection<String> usccs) throws SQLException {
        Set<String> known = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select uscc from enterprise_dimension where uscc = any(?) order by uscc for update")) {
            statement.setArray(1, connection.createArrayOf("varchar", new TreeSet<>(usccs).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    known.add(rows.getString(1));
                }
            }
        }
        return known;
    }

    public Map<String, Classification> load(Connection connection, Collection<String> usccs) throws SQLException {
        Object[] keys = usccs.toArray();
        Map<String, String> streets = new HashMap<>();
        Map<String, List<Classification.ChainMembership>> chains = new HashMap<>();
        Map<String, List<Classification.HeldDesignation>> designations = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select uscc, street_code from enterprise_dimension where uscc = any(?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", keys));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    streets.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select uscc, chain_code, valid_from, valid_to from enterprise_chain where uscc = any(?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", keys));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    var validTo = rows.getDate(4);
                    chains.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                            .add(new Classification.ChainMembership(rows.getString(2), rows.getDate(3).toLocalDate(),
                                    validTo == null ? null : validTo.toLocalDate()));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select uscc, type_code, year from enterprise_designation where uscc = any(?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", keys));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    designations.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                            .add(new Classification.HeldDesignation(rows.getString(2), rows.getInt(3)));
                }
            }
        }
        Map<String, Classification> result = new HashMap<>();
        for (String uscc : streets.keySet()) {
            result.put(uscc, new Classification(uscc, streets.get(uscc), chains.getOrDefault(uscc, List.of()),
                    designations.getOrDefault(uscc, List.of())));
        }
        return result;
    }

    /**
     * Inserts the chains and designations of enterprises whose old ones are gone (new enterprises,
     * or known ones cleared for a newer snapshot), in one batch per table.
     */
    public void insert(Connection connection, Collection<Classification> classifications) throws SQLException {
        if (classifications.stream().anyMatch(classification -> !classification.chains().isEmpty())) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into enterprise_chain (uscc, chain_code, valid_from, valid_to) values (?, ?, ?, ?)
                    on conflict do nothing""")) {
                for (Classification classification : classifications) {
                    for (var chain : classification.chains()) {
                        insert.setString(1, classification.uscc());
                        insert.setString(2, chain.code());
                        insert.setObject(3, chain.validFrom());
                        insert.setObject(4, chain.validTo());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        if (classifications.stream().anyMatch(classification -> !classification.designations().isEmpty())) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into enterprise_designation (uscc, type_code, year) values (?, ?, ?)
                    on conflict do nothing""")) {
                for (Classification classification : classifications) {
                    for (var designation : classification.designations()) {
                        insert.setString(1, classification.uscc());
                        insert.setString(2, designation.type());
                        insert.setInt(3, designation.year());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
    }
}
