package io.parksuite.enterprise.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** 专利导航: an enterprise took part in the park's patent-navigation programme in a year. */
@Entity
@Audited
@Table(name = "patent_navigation")
public class PatentNavigation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(nullable = false)
    public int year;

    @Column(length = 200)
    public String topic;
}
