package io.parksuite.chaos.support;

import io.parksuite.testing.TestUscc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applications (办件) seeded straight into approval-service's database as due: in review, a 容缺
 * material due yesterday (a {@code MATERIAL_DUE} reminder) and the promised deadline ten days past
 * (a breach of the promised clock). Each carries the reference prefix of its run, so the run's
 * reminders and breaches can be counted and the rows removed afterwards.
 */
public final class DueApplications {

    private DueApplications() {
    }

    /** Inserts {@code count} due applications under reference prefix {@code prefix}; returns their ids. */
    public static List<String> seed(String prefix, int count) throws SQLException {
        try (Connection connection = ReadModels.connect("approval");
             PreparedStatement insert = connection.prepareStatement("""
                     insert into application (id, reference_number, applicant_uscc, applicant_name, channel, status,
                            form_data, notify_commitment, build_first, created_at, submitted_at, intake_date,
                            accepted_at, accepted_on, promised_limit_days, department_list, promised_deadline,
                            deficiency_due_on, pauses, updated_at, version)
                     select gen_random_uuid(), ? || n, ?, '故障注入测试企业', 'ONLINE', 'IN_REVIEW', '{}'::jsonb, false, false,
                            now() - interval '30 days', now() - interval '30 days', current_date - 30,
                            now() - interval '30 days', current_date - 30, 5, 'CHAOS-DEPT', current_date - 10,
                            current_date - 1, '[]'::jsonb, now(), 0
                       from generate_series(1, ?) n
                     returning id""")) {
            insert.setString(1, prefix);
            insert.setString(2, TestUscc.random());
            insert.setInt(3, count);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    /** {@code MATERIAL_DUE} reminders per application of the run. */
    public static Map<String, Integer> reminders(String prefix) throws SQLException {
        return countPerApplication("""
                select a.id::text, count(r.id) from application a
                  left join reminder r on r.application_id = a.id and r.kind = 'MATERIAL_DUE'
                 where a.reference_number like ? group by a.id""", prefix);
    }

    /** Applications of the run whose promised-clock breach is marked. */
    public static int breached(String prefix) throws SQLException {
        return (int) countPerApplication("""
                select id::text, 1 from application where reference_number like ? and breached_at is not null""", prefix)
                .size();
    }

    /** Removes the run's applications and their reminders. */
    public static void remove(String prefix) throws SQLException {
        try (Connection connection = ReadModels.connect("approval");
             PreparedStatement reminders = connection.prepareStatement(
                     "delete from reminder where application_id in (select id from application where reference_number like ?)");
             PreparedStatement applications = connection.prepareStatement("delete from application where reference_number like ?")) {
            reminders.setString(1, prefix + "%");
            reminders.executeUpdate();
            applications.setString(1, prefix + "%");
            applications.executeUpdate();
        }
    }

    private static Map<String, Integer> countPerApplication(String sql, String prefix) throws SQLException {
        try (Connection connection = ReadModels.connect("approval");
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, prefix + "%");
            Map<String, Integer> counts = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        }
    }
}
