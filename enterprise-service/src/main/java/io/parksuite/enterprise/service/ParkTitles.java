package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.ParkTitle;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** The titles the park itself holds (园区荣誉), kept apart from enterprises' designations. */
@ApplicationScoped
public class ParkTitles {

    @Transactional
    public ParkTitle add(ParkTitle title) {
        EntryChecks.requireNone(problemsOf(title), "name");
        title.persist();
        return title;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int addAll(List<ParkTitle> titles, List<RowError> rowErrors) {
        BulkRows.requireAllValid(titles, rowErrors, this::problemsOf, t -> t.name, "name");
        ParkTitle.persist(titles);
        return titles.size();
    }

    @Transactional
    public void remove(long id) {
        if (!ParkTitle.deleteById(id)) {
            throw ProblemException.notFound("No park title " + id);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ParkTitle> all() {
        return ParkTitle.listAll(Sort.by("year").and("name"));
    }

    List<Problem.FieldError> problemsOf(ParkTitle title) {
        return ParkTitle.count("name", title.name) > 0
                ? List.of(new Problem.FieldError("name", "the park already holds the title " + title.name))
                : List.of();
    }
}
