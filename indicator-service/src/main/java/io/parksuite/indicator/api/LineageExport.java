package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.service.IndicatorFigure;
import io.parksuite.indicator.service.Lineage;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A figure's lineage as an XLSX workbook for people, with Chinese sheet titles and column headers:
 * 数据溯源 (the figure, its rules and totals), and where they apply 企业明细 and 报表版本 (the
 * enterprise-level lineage only), 官方发布数, 项目月度汇总, 办件计数 and 保密单元 (withheld cells, no
 * reason). The workbook streams: each contributor's rows are written as the lineage traces it and
 * only a window of rows stays in memory ({@link SXSSFWorkbook}), so a whole-park figure with tens of
 * thousands of contributors costs temporary files, not heap; a sheet that reaches the format's last
 * row goes on in a sheet of the same title numbered (2), (3) and so on.
 */
final class LineageExport {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final Map<String, String> PARTS = Map.of("FIGURES", "全部数值", "SAME_SCOPE_GROWTH", "同口径增速及基数",
            "LAST_YEAR_GROWTH", "上年口径增速");
    private static final Map<String, String> USES = Map.of("OWN", "本园区本期", "OWN_PREVIOUS_MONTH", "本园区上月（求当月值）",
            "PEER", "对标园区（排名）");

    private static final Map<String, String> WINDOWS = Map.of("MONTH", "当月", "YEAR_TO_DATE", "1–X月累计",
            "CATALOGUE", "事项清单现状");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle bold = workbook.createCellStyle();
    private final String ytd;
    private final int lastRow;
    private final Rows overview;
    private Rows contributors;
    private Rows reports;

    private LineageExport(Period period, int lastRow) {
        this.lastRow = lastRow;
        workbook.setCompressTempFiles(true);
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        ytd = period.ytdLabel() + "累计";
        overview = new Rows("数据溯源", List.of("项目", "内容"));
    }

    /**
     * The workbook of the lineage {@code trace} answers while it hands each contributor to the
     * workbook, as a response that writes it out and then deletes its temporary files.
     */
    static Response of(Period period, Function<Consumer<Lineage.Contributor>, Lineage> trace) {
        return of(period, LAST_ROW, trace);
    }

    /** The same with sheets that go on in a new one past row {@code lastRow} (from 0; the title row is 0). */
    static Response of(Period period, int lastRow, Function<Consumer<Lineage.Contributor>, Lineage> trace) {
        LineageExport export = new LineageExport(period, lastRow);
        try {
            Lineage lineage = trace.apply(export::contributor);
            export.finish(lineage);
            StreamingOutput body = out -> {
                try {
                    export.workbook.write(out);
                } finally {
                    export.discard();
                }
            };
            return Response.ok(body, FigureExport.XLSX).header("Content-Disposition", "attachment; filename=\""
                    + "lineage-" + lineage.code() + "-" + lineage.dimension() + "-" + lineage.member() + "-"
                    + lineage.period() + ".xlsx\"").build();
        } catch (RuntimeException e) {
            export.discard();
            throw e;
        }
    }

    private void contributor(Lineage.Contributor c) {
        openContributorSheets();
        contributors.add(new Object[]{c.name(), c.uscc(), c.reportRevision(), status(c.reportStatus()),
                c.submittedBy(), c.submittedAt() == null ? null : c.submittedAt().toString(), c.value(),
                c.ytdValue(), c.priorValue(), c.priorYtdValue(), c.inBase() ? "是" : "否"});
        c.reports().forEach(r -> reports.add(new Object[]{c.name(), c.uscc(), r.period(), r.revision(),
                status(r.status()), r.submittedBy(), r.submittedAt().toString(), r.value(),
                r.base() ? "上年同期（基数）" : "本年累计"}));
    }

    private void openContributorSheets() {
        if (contributors == null) {
            contributors = new Rows("企业明细", List.of("企业名称", "统一社会信用代码", "报表版本", "报表状态", "报送人",
                    "报送时间", "本月", ytd, "上年同月", "上年同期", "计入同口径基数"));
            reports = new Rows("报表版本", List.of("企业名称", "统一社会信用代码", "报告期", "报表版本", "报表状态",
                    "报送人", "报送时间", "数值", "计入"));
        }
    }

    private void finish(Lineage lineage) {
        summary(lineage, ytd).forEach(overview::add);
        if (lineage.contributors() != null) {
            openContributorSheets();
            Lineage.Totals t = lineage.totals();
            contributors.add(new Object[]{"合计", null, null, null, null, null, t.value(), t.ytdValue(),
                    t.priorValue(), t.priorYtdValue(), t.inBase()});
        }
        if (!lineage.officialFigures().isEmpty()) {
            Rows rows = new Rows("官方发布数", List.of("园区", "报告期", "用途", "累计值", "累计增速（%）", "发布来源",
                    "发布日期", "录入人", "录入时间"));
            lineage.officialFigures().forEach(o -> rows.add(new Object[]{o.park(), o.period(), USES.get(o.use()),
                    o.ytdValue(), o.ytdGrowthPct(), o.source(),
                    o.publishedOn() == null ? null : o.publishedOn().toString(), o.recordedBy(),
                    o.recordedAt() == null ? null : o.recordedAt().toString()}));
        }
        if (!lineage.activityInputs().isEmpty()) {
            Rows rows = new Rows("项目月度汇总", List.of("统计月", "项目数（个）", "金额（元）", "计入"));
            lineage.activityInputs().forEach(a -> rows.add(new Object[]{a.period(), a.projects(), a.value(),
                    a.base() ? "上年同期（基数）" : "本年累计"}));
        }
        if (!lineage.counts().isEmpty()) {
            Rows rows = new Rows("办件计数", List.of("统计范围", "符合条件数（或工作日合计）", "总数"));
            lineage.counts().forEach(n -> rows.add(new Object[]{WINDOWS.get(n.window()), n.counted(), n.of()}));
        }
        Rows withheld = new Rows("保密单元", List.of("分组维度", "分组", "抑制内容"));
        lineage.withheld().forEach(w -> withheld.add(new Object[]{w.dimension(), w.member(), PARTS.get(w.part())}));
    }

    private void discard() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the workbook", e);
        }
    }

    private static List<Object[]> summary(Lineage lineage, String ytd) {
        IndicatorFigure f = lineage.figure();
        Lineage.Rules rules = lineage.rules();
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{"指标代码", lineage.code()});
        rows.add(new Object[]{"指标名称", lineage.nameZh()});
        rows.add(new Object[]{"计量单位", lineage.unit()});
        rows.add(new Object[]{"报告期", lineage.period()});
        rows.add(new Object[]{"分组维度", lineage.dimension()});
        rows.add(new Object[]{"分组", lineage.member()});
        rows.add(new Object[]{"数据来源", lineage.source()});
        rows.add(new Object[]{"统计口径", "ABOVE_SCALE".equals(rules.scope()) ? "规上" : "全口径"});
        rows.add(new Object[]{"名录年份", rules.classificationYear()});
        rows.add(new Object[]{"基数年份", rules.baseYear()});
        rows.add(new Object[]{"单元规则", rules.cellRule()});
        rows.add(new Object[]{"累计规则", rules.ytdRule()});
        rows.add(new Object[]{"基数规则", rules.baseRule()});
        rows.add(new Object[]{"明细级别", lineage.enterpriseLevel() ? "企业明细" : "汇总（不含企业信息）"});
        rows.add(new Object[]{"本月", f.value()});
        rows.add(new Object[]{ytd, f.ytdValue()});
        rows.add(new Object[]{"同比增长（同口径，%）", f.yoyPct()});
        rows.add(new Object[]{"保密处理", f.suppressed() ? "已抑制" : ""});
        Lineage.Totals t = lineage.totals();
        if (t != null) {
            rows.add(new Object[]{"上年同月（同口径）", t.priorValue()});
            rows.add(new Object[]{"上年同期（同口径）", t.priorYtdValue()});
            rows.add(new Object[]{"本月报送企业数（家）", t.reporting()});
            rows.add(new Object[]{"累计企业数（家）", t.inYearToDate()});
            rows.add(new Object[]{"基数企业数（家）", t.inBase()});
        }
        return rows;
    }

    private static String status(String status) {
        return status == null ? null : "FINAL".equals(status) ? "终报" : "初报";
    }

    /**
     * The rows of one titled sheet, written in order under its bold, frozen title row; past the
     * format's last row they go on in a new sheet of the same title, numbered.
     */
    private final class Rows {

        private final String title;
        private final List<String> headers;
        private Sheet sheet;
        private int sheets;
        private int next;

        Rows(String title, List<String> headers) {
            this.title = title;
            this.headers = headers;
            open();
        }

        void add(Object[] values) {
            if (next > lastRow) {
                open();
            }
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                Cell cell = row.createCell(c);
                if (v instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                } else if (v instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (v != null) {
                    cell.setCellValue(v.toString());
                }
            }
        }

        private void open() {
            sheets++;
            sheet = workbook.createSheet(sheets == 1 ? title : title + " (" + sheets + ")");
            Row titles = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = titles.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            next = 1;
        }
    }
}
