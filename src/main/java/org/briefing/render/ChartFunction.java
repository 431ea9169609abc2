package org.briefing.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.chart.Figure;
import org.briefing.chart.FigureChart;
import org.briefing.chart.TimelineStrip;

/**
 * {@code ${chart("deployment")}}, {@code ${chart("deployment", "troops-expected-total")}},
 * {@code ${chart("timeline")}}: inline SVG charts of a fact file, drawn at build time. A file's
 * {@code figures} (values side by side) and {@code quantities} become bar charts, its
 * {@code events} a timeline strip; the template decides where they go.
 */
final class ChartFunction {
    private ChartFunction() {
    }

    static TemplateMethodModelEx of(Map<String, Object> data) {
        return args -> {
            if (args.isEmpty() || args.size() > 2) {
                throw new TemplateModelException("chart expects the name of a fact file, and optionally a figure id");
            }
            String name = scalar(args.get(0));
            String only = args.size() == 2 ? scalar(args.get(1)) : "";
            if (!(data.get(name) instanceof Map<?, ?> facts)) {
                throw new TemplateModelException("chart: there is no fact file content/facts/" + name + ".yaml");
            }
            List<Figure> figures = new ArrayList<>();
            for (Object o : list(facts.get("figures"))) {
                Map<?, ?> f = (Map<?, ?>) o;
                if (only.isEmpty() || only.equals(f.get("id"))) {
                    List<Figure.Value> values = new ArrayList<>();
                    for (Object v : list(f.get("values"))) {
                        values.add(value((Map<?, ?>) v, "as_of"));
                    }
                    figures.add(new Figure(text(f, "id"), text(f, "label"), text(f, "unit"), values));
                }
            }
            for (Object o : list(facts.get("quantities"))) {
                Map<?, ?> q = (Map<?, ?>) o;
                if (only.isEmpty() || only.equals(q.get("id"))) {
                    figures.add(new Figure(text(q, "id"), text(q, "label"), text(q, "unit"), List.of(value(q, "since"))));
                }
            }
            // Figures in the same unit share a scale, so a bar in one chart compares with a bar in the next.
            Map<String, Long> maxByUnit = new java.util.HashMap<>();
            for (Figure f : figures) {
                f.values().forEach(v -> maxByUnit.merge(f.unit(), v.high(), Math::max));
            }
            StringBuilder out = new StringBuilder();
            for (Figure f : figures) {
                out.append(FigureChart.svg(f, maxByUnit.get(f.unit())));
            }
            int drawn = figures.size();
            if (only.isEmpty() && facts.get("events") != null) {
                List<TimelineStrip.Event> events = new ArrayList<>();
                for (Object o : list(facts.get("events"))) {
                    Map<?, ?> e = (Map<?, ?>) o;
                    events.add(new TimelineStrip.Event(text(e, "date"), text(e, "title")));
                }
                out.append(TimelineStrip.svg("chart-" + name, events));
                drawn++;
            }
            if (drawn == 0) {
                throw new TemplateModelException(only.isEmpty()
                        ? "chart: content/facts/" + name + ".yaml has no figures, quantities or events to draw"
                        : "chart: content/facts/" + name + ".yaml has no figure or quantity with id '" + only + "'");
            }
            return TemplateRenderer.markup(out.toString());
        };
    }

    private static Figure.Value value(Map<?, ?> v, String dateKey) throws TemplateModelException {
        long low = number(v, v.containsKey("low") ? "low" : "value");
        long high = number(v, v.containsKey("high") ? "high" : "value");
        boolean approximate = Boolean.TRUE.equals(v.get("approximate")) || Boolean.TRUE.equals(v.get("estimate"));
        return new Figure.Value(low, high, v.get("comparator") instanceof String c ? c : "", approximate,
                text(v, "claimant"), text(v, "status"), v.get(dateKey) instanceof String d ? d : "");
    }

    private static long number(Map<?, ?> m, String key) throws TemplateModelException {
        if (m.get(key) instanceof Number n) {
            return n.longValue();
        }
        throw new TemplateModelException("chart: a value has no number '" + key + "'");
    }

    private static String text(Map<?, ?> m, String key) {
        return m.get(key) instanceof String s ? s : "";
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static String scalar(Object m) throws TemplateModelException {
        if (m instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException("chart expects text arguments");
    }
}
