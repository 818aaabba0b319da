package io.parksuite.approval.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * Pseudonyms (applicantRef) of natural-person applicants: a random UUID per person, kept in
 * {@code applicant_person_ref}, so that events and reminders can tell one person's applications
 * apart without carrying the ID number (身份证号). The same person always gets the same ref; the
 * ref is random, so nothing outside this table leads back from it to the person.
 */
@ApplicationScoped
public class ApplicantRefs {

    private final EntityManager entityManager;
    private final Clock clock;

    public ApplicantRefs(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The person's ref, created on first use; concurrent first uses agree on one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID refOf(String personId) {
        String key = normalised(personId);
        entityManager.createNativeQuery("""
                        insert into applicant_person_ref (person_id, ref, created_at) values (?1, ?2, ?3)
                        on conflict (person_id) do nothing""")
                .setParameter(1, key).setParameter(2, UUID.randomUUID())
                .setParameter(3, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .executeUpdate();
        return (UUID) entityManager.createNativeQuery("select ref from applicant_person_ref where person_id = ?1", UUID.class)
                .setParameter(1, key).getSingleResult();
    }

    /** ID numbers compared the way they are written on the card: without spaces, the check letter X upper-case. */
    static String normalised(String personId) {
        return personId.strip().toUpperCase(Locale.ROOT);
    }
}
