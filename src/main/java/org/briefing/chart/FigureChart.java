package org.briefing.chart;

import java.util.ArrayList;
import java.util.List;


/**
 * A contested figure as an inline SVG bar chart drawn at build time: one bar per value, side by
 * side on one scale from zero, each labelled with its claimant, status and date. An approximate
 * value is a dashed, lighter bar and reads "about"; "more than" and "at least" end in an arrow
 * pointing on, "fewer than" in one pointing back; a range is a bar from its low to its high end.
 * Colours come from {@code currentColor} and CSS classes, so dark mode and print follow the page.
 * Usage: {@code String svg = FigureChart.svg(figure);}
 */
public final class FigureChart {
    static final int WIDTH = 400;
    static final int BAR_MAX = 300;
    static final int WRAP = 56;
    private static final int LINE = 16;

    private FigureChart() {
    }

    /** The figure on a scale of its own. */
    public static String svg(Figure f) {
        return svg(f, f.values().stream().mapToLong(Figure.Value::high).max().orElse(0));
    }

    /**
     * The figure on a scale that reaches at least {@code max}: figures in the same unit drawn
     * together share one, so their bars compare.
     */
    public static String svg(Figure f, long max) {
        String id = "chart-" + f.id();
        long top = Axis.niceTop(Math.max(max, f.values().stream().mapToLong(Figure.Value::high).max().orElse(0)));
        double scale = BAR_MAX / (double) top;
        StringBuilder rows = new StringBuilder();
        List<String> said = new ArrayList<>();
        double y = 8;
        boolean approximate = false;
        boolean up = false;
        boolean down = false;
        for (Figure.Value v : f.values()) {
            String value = valueText(v, f.unit());
            String when = v.asOf().isEmpty() ? "" : ", " + EnglishDates.of(v.asOf());
            String standing = Svg.status(v.status()) + when;
            said.add(v.claimant() + ": " + value + " (" + standing + ")");
            rows.append("<g class=\"chart-row\">");
            for (String line : Svg.wrap(v.claimant(), WRAP)) {
                y += LINE;
                rows.append("<text x=\"0\" y=\"").append(Svg.n(y)).append("\" class=\"chart-claimant\" font-weight=\"bold\">")
                        .append(Svg.text(line)).append("</text>");
            }
            y += LINE;
            rows.append("<text x=\"0\" y=\"").append(Svg.n(y)).append("\" class=\"chart-standing\">")
                    .append(Svg.text(standing)).append("</text>");
            y += 6;
            double x0 = v.isRange() ? v.low() * scale : 0;
            double x1 = v.high() * scale;
            String bar = v.isApproximate() ? "chart-bar chart-approximate" : "chart-bar";
            approximate |= v.isApproximate();
            rows.append("<rect class=\"").append(bar).append("\" x=\"").append(Svg.n(x0)).append("\" y=\"")
                    .append(Svg.n(y)).append("\" width=\"").append(Svg.n(Math.max(1, x1 - x0)))
                    .append("\" height=\"14\" fill=\"currentColor\"")
                    .append(v.isApproximate() ? " fill-opacity=\"0.45\" stroke=\"currentColor\" stroke-dasharray=\"4 3\"" : "")
                    .append("/>");
            double labelAt = x1 + 6;
            if (v.opensUp()) {
                up = true;
                rows.append("<path class=\"chart-arrow\" d=\"M").append(Svg.n(x1)).append(' ').append(Svg.n(y - 3))
                        .append(" L").append(Svg.n(x1 + 12)).append(' ').append(Svg.n(y + 7)).append(" L").append(Svg.n(x1))
                        .append(' ').append(Svg.n(y + 17)).append(" Z\" fill=\"currentColor\"/>");
                labelAt = x1 + 18;
            } else if (v.opensDown()) {
                down = true;
                rows.append("<path class=\"chart-arrow\" d=\"M").append(Svg.n(x1)).append(' ').append(Svg.n(y - 3))
                        .append(" L").append(Svg.n(x1 - 12)).append(' ').append(Svg.n(y + 7)).append(" L").append(Svg.n(x1))
                        .append(' ').append(Svg.n(y + 17)).append(" Z\" fill=\"currentColor\"/>");
            } else if (v.isRange()) {
                rows.append("<path class=\"chart-range\" d=\"M").append(Svg.n(x0)).append(' ').append(Svg.n(y - 3))
                        .append(" V").append(Svg.n(y + 17)).append(" M").append(Svg.n(x1)).append(' ').append(Svg.n(y - 3))
                        .append(" V").append(Svg.n(y + 17)).append("\" stroke=\"currentColor\" stroke-width=\"2\"/>");
            }
            rows.append("<text x=\"").append(Svg.n(labelAt)).append("\" y=\"").append(Svg.n(y + 12))
                    .append("\" class=\"chart-value\">").append(Svg.text(value)).append("</text></g>");
            y += 14 + 10;
        }
        y += 4;
        String axis = Axis.bottom(top, scale, y, "");
        y += 30;
        for (String line : key(approximate, up, down)) {
            y += LINE;
            axis += "<text x=\"0\" y=\"" + Svg.n(y) + "\" class=\"chart-key\">" + Svg.text(line) + "</text>";
        }
        y += 6;
        String description = f.label() + ", in " + f.unit() + ", as put forward by each claimant: "
                + String.join("; ", said) + ".";
        return "<svg class=\"chart chart-figure\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " "
                + Svg.n(y) + "\" width=\"" + WIDTH + "\" height=\"" + Svg.n(y) + "\" role=\"img\" aria-labelledby=\""
                + id + "-title " + id + "-desc\" font-size=\"13\" fill=\"currentColor\">"
                + "<title id=\"" + id + "-title\">" + Svg.text(f.label()) + "</title>"
                + "<desc id=\"" + id + "-desc\">" + Svg.text(description) + "</desc>"
                + rows + axis + "</svg>";
    }

    /** "about 12,000 soldiers", "more than 13,000 containers", "10,000-12,000 soldiers". */
    static String valueText(Figure.Value v, String unit) {
        String number = v.isRange() ? Svg.number(v.low()) + "\u2013" + Svg.number(v.high()) : Svg.number(v.high());
        String word = switch (v.comparator()) {
            case "more-than" -> "more than ";
            case "at-least" -> "at least ";
            case "fewer-than" -> "fewer than ";
            default -> v.isApproximate() ? "about " : "";
        };
        String prefix = v.approximate() && !word.isEmpty() && !word.equals("about ") ? "about " : "";
        return prefix + word + number + (unit.isEmpty() ? "" : " " + unit);
    }

    /** One line of explanation for each kind of mark the chart uses. */
    private static List<String> key(boolean approximate, boolean up, boolean down) {
        List<String> lines = new ArrayList<>();
        if (approximate) {
            lines.add("Dashed bar: an approximate value.");
        }
        if (up) {
            lines.add("Arrow pointing on: more than the value shown.");
        }
        if (down) {
            lines.add("Arrow pointing back: fewer than the value shown.");
        }
        return lines;
    }
}
