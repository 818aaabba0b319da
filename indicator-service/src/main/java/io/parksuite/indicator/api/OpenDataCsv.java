package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.FrozenFigure;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Publication;
import io.parksuite.indicator.service.OpenData;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Open data as CSV (RFC 4180): UTF-8 with a byte-order mark, because Excel and WPS in China read
 * UTF-8 as the local code page without one and garble the Chinese; a header row of Chinese column
 * titles (their JSON names are the dataset's {@code fields}); CRLF line ends; a field quoted when
 * it holds a comma, a quote (doubled), a line break or edge spaces. One row per figure, each
 * naming its period and revision, so a series file needs no other context. A text cell a
 * spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection).
 */
final class OpenDataCsv {

    private record Row(Publication publication, FrozenFigure figure) {
    }

    private record Column(OpenDatasetResponse.Field field, Function<Row, Object> value) {
    }

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");
    private static final List<Column> COLUMNS = List.of(
            column("period", "报告期", "string", r -> r.publication().period()),
            column("revision", "修订版本", "integer", r -> r.publication().revision()),
            column("modified", "发布时间", "date-time",
                    r -> r.publication().publishedAt().atZoneSameInstant(Period.ZONE).toOffsetDateTime()),
            column("code", "指标代码", "string", r -> r.figure().code()),
            column("nameZh", "指标名称", "string", r -> r.figure().nameZh()),
            column("nameEn", "英文名称", "string", r -> r.figure().nameEn()),
            column("unit", "计量单位", "string", r -> r.figure().unit()),
            column("ytdLabel", "累计期", "string", r -> r.figure().ytdLabel()),
            column("value", "当月值", "number", r -> r.figure().value()),
            column("ytdValue", "累计值", "number", r -> r.figure().ytdValue()),
            column("yoyPct", "同比增长（同口径，%）", "number", r -> r.figure().yoyPct()),
            column("source", "数据来源", "string", r -> r.figure().source()),
            column("suppressed", "保密处理", "boolean", r -> r.figure().suppressed() ? "已抑制" : ""),
            column("note", "修订说明", "string", r -> r.publication().note()));

    static final List<OpenDatasetResponse.Field> FIELDS = COLUMNS.stream().map(Column::field).toList();

    private OpenDataCsv() {
    }

    static String write(List<OpenData.PublishedPeriod> periods) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, COLUMNS.stream().map(c -> (Object) c.field().titleZh()).toList());
        for (OpenData.PublishedPeriod period : periods) {
            for (FrozenFigure figure : period.figures()) {
                Row row = new Row(period.publication(), figure);
                line(csv, COLUMNS.stream().map(c -> c.value().apply(row)).toList());
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One field, quoted only when RFC 4180 needs it. */
    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell instanceof BigDecimal number ? number.toPlainString() : cell.toString();
        if (!(cell instanceof Number) && FORMULA_START.matcher(text).find()) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || !text.equals(text.strip());
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static Column column(String name, String title, String type, Function<Row, Object> value) {
        return new Column(new OpenDatasetResponse.Field(name, title, type), value);
    }
}
