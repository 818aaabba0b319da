package io.parksuite.e2e;

import io.parksuite.testing.TestUscc;

import java.util.ArrayList;
import java.util.List;

/** A CSV import file of fresh, check-valid enterprises, as another government system would send it. */
public final class ImportRows {

    public static final String HEADER = "uscc,name,streetCode,industryCode,registeredCapitalYuan,contactPerson\n";
    private static final String[] STREETS = {"WUSHAN", "BAISHAZHOU", "HUANGJINYUAN", "JINSHANQIAO"};
    private static final String[] INDUSTRIES = {"1495", "3252", "3841", "3985", "6513"};

    private final List<String> usccs = new ArrayList<>();
    private final String csv;

    public ImportRows(int count, String namePrefix) {
        StringBuilder body = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            String uscc = TestUscc.random();
            usccs.add(uscc);
            body.append(uscc).append(',').append(namePrefix).append(i).append("有限公司,")
                    .append(STREETS[i % STREETS.length]).append(',').append(INDUSTRIES[i % INDUSTRIES.length])
                    .append(',').append(1_000_000 + i).append(".00,联系人").append(i % 100).append('\n');
        }
        csv = body.toString();
    }

    public List<String> usccs() {
        return usccs;
    }

    public String csv() {
        return csv;
    }
}
