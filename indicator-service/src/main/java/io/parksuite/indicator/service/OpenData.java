package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.FrozenFigure;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.OpenDataset;
import io.parksuite.indicator.domain.Park;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Publication;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What open data (政府数据开放) answers, read from the publications only: a period's latest or a
 * given revision, its revision history, and the dataset catalogue with the periods each dataset
 * holds. A period that was never published is absent everywhere (404 when asked for).
 */
@ApplicationScoped
public class OpenData {

    private final OpenDataStore store;
    private final IndicatorRepository repository;

    public OpenData(OpenDataStore store, IndicatorRepository repository) {
        this.store = store;
        this.repository = repository;
    }

    /** One revision of a period with its figures, and when the period was first published (issued). */
    public record PublishedPeriod(Publication publication, OffsetDateTime issued, List<FrozenFigure> figures) {

        /** The same revision with the figures of one indicator only. */
        public PublishedPeriod only(String indicatorCode) {
            return new PublishedPeriod(publication, issued,
                    figures.stream().filter(f -> f.code().equals(indicatorCode)).toList());
        }
    }

    /** A dataset of the catalogue: what it is, who publishes it, and the periods it holds. */
    public record Dataset(OpenDataset dataset, String publisher, List<Period> periods, OffsetDateTime issued,
                          OffsetDateTime modified) {
    }

    /** The latest revision of a period; 404 until the period is published. */
    @Transactional
    public PublishedPeriod latest(Period period) {
        Publication latest = store.latest(period).orElseThrow(() -> notPublished(period));
        return published(latest);
    }

    /** A given revision of a period; 404 when there is no such revision. */
    @Transactional
    public PublishedPeriod revision(Period period, int revision) {
        Publication publication = store.revision(period, revision).orElseThrow(() -> ProblemException.notFound(
                "The figures of " + period + " have no published revision " + revision));
        return published(publication);
    }

    /** Every revision of a period, the first first; 404 until the period is published. */
    @Transactional
    public List<Publication> revisions(Period period) {
        List<Publication> revisions = store.revisions(period);
        if (revisions.isEmpty()) {
            throw notPublished(period);
        }
        return revisions;
    }

    /** The latest revision of every published period, oldest period first. */
    @Transactional
    public List<PublishedPeriod> everyPeriod() {
        Map<Period, OffsetDateTime> issued = issued(store.all());
        return store.latestOfEveryPeriod().stream()
                .map(p -> new PublishedPeriod(p, issued.get(p.period()), store.figures(p))).toList();
    }

    /** The catalogue: the headline dataset, then one series per indicator of the catalogue. */
    @Transactional
    public List<Dataset> datasets() {
        Park own = own();
        List<Publication> publications = store.all();
        List<Dataset> datasets = new ArrayList<>();
        datasets.add(dataset(OpenDataset.headline(own.name()), own, publications,
                new TreeSet<>(publications.stream().map(Publication::period).toList())));
        Map<String, Set<Period>> periodsOf = new HashMap<>();
        for (Publication latest : store.latestOfEveryPeriod()) {
            store.figures(latest).forEach(f -> periodsOf.computeIfAbsent(f.code(), c -> new TreeSet<>())
                    .add(latest.period()));
        }
        for (IndicatorDefinition indicator : repository.catalogue()) {
            datasets.add(dataset(OpenDataset.series(indicator, own.name()), own, publications,
                    periodsOf.getOrDefault(indicator.code(), Set.of())));
        }
        return datasets;
    }

    /** One dataset of the catalogue; 404 when there is none of that id. */
    @Transactional
    public Dataset dataset(String id) {
        return datasets().stream().filter(d -> d.dataset().id().equals(id)).findFirst()
                .orElseThrow(() -> unknownDataset(id));
    }

    /** What a dataset id names, without its periods; 404 when there is no dataset of that id. */
    @Transactional
    public OpenDataset definition(String id) {
        Park own = own();
        if (OpenDataset.HEADLINE.equals(id)) {
            return OpenDataset.headline(own.name());
        }
        String code = OpenDataset.indicatorOf(id).orElse(null);
        return repository.catalogue().stream().filter(i -> i.code().equals(code)).findFirst()
                .map(i -> OpenDataset.series(i, own.name()))
                .orElseThrow(() -> unknownDataset(id));
    }

    private PublishedPeriod published(Publication publication) {
        OffsetDateTime issued = store.revision(publication.period(), 1).map(Publication::publishedAt)
                .orElse(publication.publishedAt());
        return new PublishedPeriod(publication, issued, store.figures(publication));
    }

    private static Dataset dataset(OpenDataset dataset, Park own, List<Publication> publications, Set<Period> periods) {
        List<OffsetDateTime> times = publications.stream().filter(p -> periods.contains(p.period()))
                .map(Publication::publishedAt).filter(Objects::nonNull).sorted(Comparator.naturalOrder()).toList();
        return new Dataset(dataset, own.name() + "管理委员会", List.copyOf(periods),
                times.isEmpty() ? null : times.get(0), times.isEmpty() ? null : times.get(times.size() - 1));
    }

    private static Map<Period, OffsetDateTime> issued(List<Publication> publications) {
        Map<Period, OffsetDateTime> issued = new HashMap<>();
        publications.forEach(p -> issued.merge(p.period(), p.publishedAt(), (a, b) -> a.isBefore(b) ? a : b));
        return issued;
    }

    private Park own() {
        return repository.parks().stream().filter(Park::own).findFirst().orElseThrow();
    }

    private static ProblemException unknownDataset(String id) {
        return ProblemException.notFound("There is no open dataset " + id + "; see /api/v1/open-data/datasets");
    }

    private static ProblemException notPublished(Period period) {
        return ProblemException.notFound("The figures of " + period + " have not been published as open data yet");
    }
}
