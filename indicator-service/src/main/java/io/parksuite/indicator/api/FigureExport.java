package io.parksuite.indicator.api;

import io.parksuite.indicator.service.IndicatorFigure;
import io.parksuite.platform.bulk.CsvExport;
import io.parksuite.platform.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Indicator figures as a spreadsheet for people: CSV (UTF-8 with a byte-order mark) or XLSX, with
 * Chinese column titles that carry the units. Withheld cells stay empty and are marked.
 */
final class FigureExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FigureExport() {
    }

    private static Map<String, Function<IndicatorFigure, Object>> columns() {
        Map<String, Function<IndicatorFigure, Object>> columns = new LinkedHashMap<>();
        columns.put("指标代码", IndicatorFigure::code);
        columns.put("指标名称", IndicatorFigure::nameZh);
        columns.put("计量单位", IndicatorFigure::unit);
        columns.put("统计口径", f -> "ABOVE_SCALE".equals(f.scope()) ? "规上" : "全口径");
        columns.put("分组维度", IndicatorFigure::dimension);
        columns.put("分组", IndicatorFigure::member);
        columns.put("报告期", IndicatorFigure::period);
        columns.put("当月值", IndicatorFigure::value);
        columns.put("累计值", IndicatorFigure::ytdValue);
        columns.put("累计期", IndicatorFigure::ytdLabel);
        columns.put("同比增长（同口径，%）", IndicatorFigure::yoyPct);
        columns.put("同比增长（上年口径，%）", IndicatorFigure::naiveYoyPct);
        columns.put("增速比上期（百分点）", IndicatorFigure::ppChange);
        columns.put("占比（%）", IndicatorFigure::sharePct);
        columns.put("年度目标", IndicatorFigure::target);
        columns.put("目标完成（%）", IndicatorFigure::targetProgressPct);
        columns.put("园区排名", f -> f.rank() == null ? null : f.rank() + "/" + f.rankOf());
        columns.put("企业数（家）", IndicatorFigure::enterprises);
        columns.put("数据来源", IndicatorFigure::source);
        columns.put("保密处理", f -> f.suppressed() ? "已抑制" : "");
        return columns;
    }

    static Response of(List<IndicatorFigure> figures, String format, String name) {
        String kind = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "csv" -> Response.ok(csv(figures), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            case "xlsx" -> Response.ok(xlsx(figures), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
            default -> throw ProblemException.invalidField("format", "must be csv or xlsx");
        };
    }

    static String csv(List<IndicatorFigure> figures) {
        CsvExport<IndicatorFigure> export = new CsvExport<>();
        columns().forEach((title, value) -> export.column(title, f -> {
            Object cell = value.apply(f);
            return cell instanceof BigDecimal number ? number.toPlainString() : cell;
        }));
        return export.write(figures);
    }

    static byte[] xlsx(List<IndicatorFigure> figures) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("经济指标");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Map<String, Function<IndicatorFigure, Object>> columns = columns();
            Row titles = sheet.createRow(0);
            int c = 0;
            for (String title : columns.keySet()) {
                Cell cell = titles.createCell(c++);
                cell.setCellValue(title);
                cell.setCellStyle(header);
            }
            int r = 1;
            for (IndicatorFigure figure : figures) {
                Row row = sheet.createRow(r++);
                c = 0;
                for (Function<IndicatorFigure, Object> value : columns.values()) {
                    Object v = value.apply(figure);
                    Cell cell = row.createCell(c++);
                    if (v instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (v instanceof Integer number) {
                        cell.setCellValue(number);
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the workbook", e);
        }
    }
}
