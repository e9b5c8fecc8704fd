package asean.review.stack.load;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's table: each figure, its ceiling, the ratio, and the target it is held to (PASS or MISS). */
public final class Figures {

    private final List<String[]> rows = new ArrayList<>();

    /** A figure with no target. */
    public Figures add(String figure, double value, String unit, String ceiling, double ceilingValue) {
        return add(figure, value, unit, ceiling, ceilingValue, "", null);
    }

    /** A figure held to {@code target}; {@code met} says whether it was met. */
    public Figures add(String figure, double value, String unit, String ceiling, double ceilingValue, String target,
            Boolean met) {
        rows.add(new String[] {figure, format(value) + " " + unit, ceiling + " " + format(ceilingValue),
                Double.isNaN(value / ceilingValue) ? "-" : String.format("%.3g", value / ceilingValue), target,
                met == null ? "" : met ? "PASS" : "MISS"});
        return this;
    }

    public void print() {
        String[] header = {"figure", "measured", "ceiling", "ratio", "target", ""};
        int[] widths = new int[header.length];
        for (String[] row : concat(header)) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : concat(header)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", row[i])).append(i < row.length - 1 ? " | " : "");
            }
            System.out.println(line.toString().stripTrailing());
        }
    }

    private List<String[]> concat(String[] header) {
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "-" : value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }
}
