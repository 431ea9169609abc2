package org.briefing.chart;

/** The value scale of a bar chart: a round top and four or five labelled ticks from zero. */
final class Axis {
    private Axis() {
    }

    /** The smallest 1, 2, 2.5 or 5 times a power of ten that leaves room above {@code max} (an eighth). */
    static long niceTop(long max) {
        double wanted = Math.max(1, max * 1.125);
        long power = 1;
        while (power * 10 <= wanted) {
            power *= 10;
        }
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            long top = Math.round(step * power);
            if (top >= wanted) {
                return top;
            }
        }
        return power * 10;
    }

    /** Grid lines and labels at quarters of {@code top}, from {@code y} down. */
    static String bottom(long top, double scale, double y, String unit) {
        StringBuilder b = new StringBuilder("<g class=\"chart-axis\">");
        b.append("<path d=\"M0 ").append(Svg.n(y)).append(" H").append(Svg.n(top * scale))
                .append("\" stroke=\"currentColor\" stroke-width=\"1\"/>");
        for (int i = 0; i <= 4; i++) {
            long tick = top * i / 4;
            double x = tick * scale;
            b.append("<path d=\"M").append(Svg.n(x)).append(' ').append(Svg.n(y)).append(" V").append(Svg.n(y + 5))
                    .append("\" stroke=\"currentColor\" stroke-width=\"1\"/>");
            b.append("<text x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(y + 18)).append("\" text-anchor=\"")
                    .append(i == 0 ? "start" : i == 4 ? "end" : "middle").append("\" class=\"chart-tick\" font-size=\"11\">")
                    .append(Svg.number(tick)).append(unit).append("</text>");
        }
        return b.append("</g>").toString();
    }
}
