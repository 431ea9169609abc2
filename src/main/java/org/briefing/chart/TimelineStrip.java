package org.briefing.chart;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


/**
 * Dated events as an inline SVG strip drawn at build time: an event known to the day is a dot, one
 * known only to the month or the year a bar across that month or year, so the drawing claims no
 * more precision than the data. Marks are numbered in the order given (the list beside it uses the
 * same numbers) and stacked in lanes where they would overlap. Usage: {@code TimelineStrip.svg(events)}.
 */
public final class TimelineStrip {
    static final int WIDTH = 400;
    private static final int LANE = 24;
    private static final int TOP = 6;

    private TimelineStrip() {
    }

    /** {@code date} is YYYY-MM-DD, YYYY-MM or YYYY. */
    public record Event(String date, String title) {
    }

    /** A date's span: its first day and the day after its last. */
    record Span(LocalDate from, LocalDate until) {
        static Span of(String iso) {
            String[] p = iso.split("-");
            int year = Integer.parseInt(p[0]);
            if (p.length == 1) {
                return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
            }
            LocalDate month = LocalDate.of(year, Integer.parseInt(p[1]), 1);
            if (p.length == 2) {
                return new Span(month, month.plusMonths(1));
            }
            LocalDate day = month.withDayOfMonth(Integer.parseInt(p[2]));
            return new Span(day, day.plusDays(1));
        }

        boolean isDay() {
            return until.equals(from.plusDays(1));
        }
    }

    public static String svg(String id, List<Event> events) {
        if (events.isEmpty()) {
            return "";
        }
        List<Span> spans = events.stream().map(e -> Span.of(e.date())).toList();
        LocalDate start = spans.stream().map(Span::from).min(LocalDate::compareTo).orElseThrow().withDayOfMonth(1);
        LocalDate end = spans.stream().map(Span::until).max(LocalDate::compareTo).orElseThrow();
        if (end.getDayOfMonth() != 1) {
            end = end.withDayOfMonth(1).plusMonths(1);
        }
        double days = end.toEpochDay() - start.toEpochDay();
        double scale = (WIDTH - 16) / days;
        double left = 8;

        // Lanes: each mark (with its number) takes the first lane where it overlaps nothing.
        List<Double> laneEnds = new ArrayList<>();
        StringBuilder marks = new StringBuilder();
        List<String> said = new ArrayList<>();
        int lanes = 0;
        int[] laneOf = new int[events.size()];
        double[] x0 = new double[events.size()];
        double[] x1 = new double[events.size()];
        for (int i = 0; i < events.size(); i++) {
            Span s = spans.get(i);
            x0[i] = left + (s.from().toEpochDay() - start.toEpochDay()) * scale;
            x1[i] = left + (s.until().toEpochDay() - start.toEpochDay()) * scale;
            double need0 = s.isDay() ? x0[i] - 6 : x0[i];
            double need1 = Math.max(s.isDay() ? x0[i] + 6 : x1[i], need0 + 8 * Integer.toString(i + 1).length() + 6);
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > need0) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(0.0);
            }
            laneEnds.set(lane, need1 + 4);
            laneOf[i] = lane;
            lanes = Math.max(lanes, lane + 1);
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Span s = spans.get(i);
            String when = EnglishDates.of(e.date());
            String precision = s.isDay() ? "" : e.date().length() == 7 ? " (day not known)" : " (month not known)";
            said.add((i + 1) + ": " + when + precision + ", " + e.title());
            double y = TOP + laneOf[i] * LANE;
            marks.append("<g class=\"chart-event\"><title>").append(Svg.text((i + 1) + ". " + when + precision + ": " + e.title()))
                    .append("</title>");
            if (s.isDay()) {
                marks.append("<circle class=\"chart-bar\" cx=\"").append(Svg.n(x0[i])).append("\" cy=\"").append(Svg.n(y + 16))
                        .append("\" r=\"5\" fill=\"currentColor\"/>");
            } else {
                marks.append("<rect class=\"chart-bar chart-approximate\" x=\"").append(Svg.n(x0[i])).append("\" y=\"")
                        .append(Svg.n(y + 12)).append("\" width=\"").append(Svg.n(x1[i] - x0[i]))
                        .append("\" height=\"8\" fill=\"currentColor\" fill-opacity=\"0.45\" stroke=\"currentColor\" stroke-dasharray=\"4 3\"/>");
            }
            double labelX = s.isDay() ? x0[i] : x0[i] + 2;
            marks.append("<text x=\"").append(Svg.n(labelX)).append("\" y=\"").append(Svg.n(y + 8))
                    .append("\" text-anchor=\"").append(s.isDay() ? "middle" : "start").append("\" class=\"chart-number\">")
                    .append(i + 1).append("</text></g>");
        }
        double axisY = TOP + lanes * LANE + 4;
        StringBuilder axis = new StringBuilder("<g class=\"chart-axis\"><path d=\"M").append(Svg.n(left)).append(' ')
                .append(Svg.n(axisY)).append(" H").append(Svg.n(WIDTH - 8)).append("\" stroke=\"currentColor\" stroke-width=\"1\"/>");
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, end);
        int every = months <= 6 ? 1 : months <= 18 ? 3 : months <= 48 ? 6 : 12;
        for (LocalDate m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            double x = left + (m.toEpochDay() - start.toEpochDay()) * scale;
            boolean labelled = (m.getMonthValue() - 1) % every == 0;
            axis.append("<path d=\"M").append(Svg.n(x)).append(' ').append(Svg.n(axisY)).append(" V")
                    .append(Svg.n(axisY + (labelled ? 6 : 3))).append("\" stroke=\"currentColor\" stroke-width=\"1\"/>");
            if (labelled && m.isBefore(end)) {
                axis.append("<text x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(axisY + 20))
                        .append("\" text-anchor=\"").append(x < left + 20 ? "start" : "middle").append("\" class=\"chart-tick\">")
                        .append(m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ')
                        .append(m.getYear()).append("</text>");
            }
        }
        axis.append("</g>");
        double height = axisY + 62;
        String key = "<text x=\"0\" y=\"" + Svg.n(axisY + 40) + "\" class=\"chart-key\">Dot: the day is known.</text>"
                + "<text x=\"0\" y=\"" + Svg.n(axisY + 55) + "\" class=\"chart-key\">Dashed bar: only the month or the year is known.</text>";
        String description = "Events on a time line from " + EnglishDates.of(start.toString().substring(0, 7))
                + " to " + EnglishDates.of(end.minusDays(1).toString().substring(0, 7)) + ", numbered as in the list: "
                + String.join("; ", said) + ".";
        return "<svg class=\"chart chart-timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " "
                + Svg.n(height) + "\" width=\"" + WIDTH + "\" height=\"" + Svg.n(height) + "\" role=\"img\" aria-labelledby=\""
                + id + "-title " + id + "-desc\" font-size=\"12\" fill=\"currentColor\">"
                + "<title id=\"" + id + "-title\">Time line of the events below</title>"
                + "<desc id=\"" + id + "-desc\">" + Svg.text(description) + "</desc>"
                + marks + axis + key + "</svg>";
    }
}
