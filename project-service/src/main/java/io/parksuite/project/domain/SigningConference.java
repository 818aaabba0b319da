package io.parksuite.project.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 签约大会: a signing conference, at which a batch of projects is signed on one day. */
@Entity
@Table(name = "signing_conference")
public class SigningConference extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(length = 200)
    public String venue;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static SigningConference hold(String name, LocalDate heldOn, String venue, OffsetDateTime at) {
        SigningConference conference = new SigningConference();
        conference.id = UUID.randomUUID();
        conference.name = name.strip();
        conference.heldOn = heldOn;
        conference.venue = venue;
        conference.createdAt = at;
        return conference;
    }
}
