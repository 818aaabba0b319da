package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.growth.GrowthFacts;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads what the growth assessment needs of every enterprise of the registry that is still
 * active: a year's revenue is its annual figure when recorded (企业年报), else the sum of its
 * twelve months of current reports (eleven periods, 1–2月 being one), else unknown; profit and
 * R&D expense come from the annual figures only.
 */
@ApplicationScoped
public class GrowthFactsReader {

    /** Monthly report periods of a whole year: 1–2月 and March to December. */
    static final int PERIODS_PER_YEAR = 11;

    private final Jdbc jdbc;

    public GrowthFactsReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<GrowthFacts> read(int year) {
        return jdbc.list("""
                with monthly as (
                    select uscc, year, sum(revenue_yuan) as revenue, count(*) as periods
                      from statistical_report where current and year in (?, ?) group by uscc, year)
                select d.uscc, d.name, d.established_on, d.industry_code,
                       d.valuation_amount, d.valuation_currency, d.valuation_valued_on, d.valuation_source,
                       coalesce(a.revenue_yuan, case when m.periods = ? then m.revenue end),
                       coalesce(b.revenue_yuan, case when mb.periods = ? then mb.revenue end),
                       a.profit_yuan, b.profit_yuan, a.rd_expense_yuan
                  from enterprise_dimension d
                  left join enterprise_annual_figure a on a.uscc = d.uscc and a.year = ?
                  left join enterprise_annual_figure b on b.uscc = d.uscc and b.year = ?
                  left join monthly m on m.uscc = d.uscc and m.year = ?
                  left join monthly mb on mb.uscc = d.uscc and mb.year = ?
                 where d.status = 'ACTIVE'
                 order by d.uscc""", GrowthFactsReader::facts, year, year - 3, PERIODS_PER_YEAR, PERIODS_PER_YEAR,
                year, year - 3, year, year - 3);
    }

    private static GrowthFacts facts(ResultSet row) throws SQLException {
        Date founded = row.getDate(3);
        BigDecimal valuation = row.getBigDecimal(5);
        return new GrowthFacts(row.getString(1), row.getString(2), founded == null ? null : founded.toLocalDate(),
                row.getString(4), row.getBigDecimal(9), row.getBigDecimal(10), row.getBigDecimal(11),
                row.getBigDecimal(12), row.getBigDecimal(13), valuation == null ? null
                : new GrowthFacts.Valuation(valuation, row.getString(6), row.getDate(7).toLocalDate(), row.getString(8)));
    }
}
