package org.briefing.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {

    /** The SVG one element a line, to read the expected text below. */
    private static String lines(String svg) {
        return svg.replace("><", ">\n<");
    }

    @Test
    void aContestedFigureWithAnApproximateAnOpenAndARangedValue() {
        Figure f = new Figure("troops", "Soldiers in total", "soldiers", List.of(
                Figure.Value.of(12000, "", true, "South Korean media", "reported", "2024-10"),
                Figure.Value.of(13000, "more-than", false, "NIS", "claimed", "2024-10-18"),
                new Figure.Value(8000, 10000, "", false, "A & B <agency>", "disputed", "")));
        // Scale: the largest value, 13,000, plus an eighth -> a top of 20,000 over 300 units, so
        // 12,000 is 180 wide, 13,000 is 195, and the range 8,000-10,000 runs from 120 to 150.
        assertEquals("""
                <svg class="chart chart-figure" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 266" width="400" height="266" role="img" aria-labelledby="chart-troops-title chart-troops-desc" font-size="13" fill="currentColor">
                <title id="chart-troops-title">Soldiers in total</title>
                <desc id="chart-troops-desc">Soldiers in total, in soldiers, as put forward by each claimant: South Korean media: about 12,000 soldiers (reported, October 2024); NIS: more than 13,000 soldiers (claimed, 18 October 2024); A &amp; B &lt;agency&gt;: 8,000–10,000 soldiers (disputed).</desc>
                <g class="chart-row">
                <text x="0" y="24" class="chart-claimant" font-weight="bold">South Korean media</text>
                <text x="0" y="40" class="chart-standing">reported, October 2024</text>
                <rect class="chart-bar chart-approximate" x="0" y="46" width="180" height="14" fill="currentColor" fill-opacity="0.45" stroke="currentColor" stroke-dasharray="4 3"/>
                <text x="186" y="58" class="chart-value">about 12,000 soldiers</text>
                </g>
                <g class="chart-row">
                <text x="0" y="86" class="chart-claimant" font-weight="bold">NIS</text>
                <text x="0" y="102" class="chart-standing">claimed, 18 October 2024</text>
                <rect class="chart-bar" x="0" y="108" width="195" height="14" fill="currentColor"/>
                <path class="chart-arrow" d="M195 105 L207 115 L195 125 Z" fill="currentColor"/>
                <text x="213" y="120" class="chart-value">more than 13,000 soldiers</text>
                </g>
                <g class="chart-row">
                <text x="0" y="148" class="chart-claimant" font-weight="bold">A &amp; B &lt;agency&gt;</text>
                <text x="0" y="164" class="chart-standing">disputed</text>
                <rect class="chart-bar" x="120" y="170" width="30" height="14" fill="currentColor"/>
                <path class="chart-range" d="M120 167 V187 M150 167 V187" stroke="currentColor" stroke-width="2"/>
                <text x="156" y="182" class="chart-value">8,000–10,000 soldiers</text>
                </g>
                <g class="chart-axis">
                <path d="M0 198 H300" stroke="currentColor" stroke-width="1"/>
                <path d="M0 198 V203" stroke="currentColor" stroke-width="1"/>
                <text x="0" y="216" text-anchor="start" class="chart-tick" font-size="11">0</text>
                <path d="M75 198 V203" stroke="currentColor" stroke-width="1"/>
                <text x="75" y="216" text-anchor="middle" class="chart-tick" font-size="11">5,000</text>
                <path d="M150 198 V203" stroke="currentColor" stroke-width="1"/>
                <text x="150" y="216" text-anchor="middle" class="chart-tick" font-size="11">10,000</text>
                <path d="M225 198 V203" stroke="currentColor" stroke-width="1"/>
                <text x="225" y="216" text-anchor="middle" class="chart-tick" font-size="11">15,000</text>
                <path d="M300 198 V203" stroke="currentColor" stroke-width="1"/>
                <text x="300" y="216" text-anchor="end" class="chart-tick" font-size="11">20,000</text>
                </g>
                <text x="0" y="244" class="chart-key">Dashed bar: an approximate value.</text>
                <text x="0" y="260" class="chart-key">Arrow pointing on: more than the value shown.</text>
                </svg>""", lines(FigureChart.svg(f)));
    }

    @Test
    void figuresInOneUnitShareTheirScale() {
        Figure small = new Figure("a", "A", "soldiers", List.of(Figure.Value.of(1500, "", false, "X", "reported", "")));
        assertTrue(FigureChart.svg(small).contains("width=\"225\" height=\"14\""), "own scale: 1,500 of 2,000");
        assertTrue(FigureChart.svg(small, 12000).contains("width=\"22.5\" height=\"14\""), "shared: 1,500 of 20,000");
    }

    @Test
    void niceTopsLeaveRoomAboveTheLargestValue() {
        assertEquals(List.of(1L, 2000L, 20000L, 20000L, 10000000L),
                List.of(Axis.niceTop(0), Axis.niceTop(1500), Axis.niceTop(12000), Axis.niceTop(13000), Axis.niceTop(8000000)));
    }

    @Test
    void eventsByTheirPrecisionOnATimeLine() {
        String svg = TimelineStrip.svg("chart-timeline", List.of(new TimelineStrip.Event("2024-01", "First"),
                new TimelineStrip.Event("2024-03-15", "Second"), new TimelineStrip.Event("2024", "All year")));
        // 2024 has 366 days over 384 units: January is 32.5 wide, 15 March sits at 8 + 74 * 384 / 366.
        assertEquals("""
                <svg class="chart chart-timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 120" width="400" height="120" role="img" aria-labelledby="chart-timeline-title chart-timeline-desc" font-size="12" fill="currentColor">
                <title id="chart-timeline-title">Time line of the events below</title>
                <desc id="chart-timeline-desc">Events on a time line from January 2024 to December 2024, numbered as in the list: 1: January 2024 (day not known), First; 2: 15 March 2024, Second; 3: 2024 (month not known), All year.</desc>
                <g class="chart-event">
                <title>1. January 2024 (day not known): First</title>
                <rect class="chart-bar chart-approximate" x="8" y="18" width="32.5" height="8" fill="currentColor" fill-opacity="0.45" stroke="currentColor" stroke-dasharray="4 3"/>
                <text x="10" y="14" text-anchor="start" class="chart-number">1</text>
                </g>
                <g class="chart-event">
                <title>2. 15 March 2024: Second</title>
                <circle class="chart-bar" cx="85.6" cy="22" r="5" fill="currentColor"/>
                <text x="85.6" y="14" text-anchor="middle" class="chart-number">2</text>
                </g>
                <g class="chart-event">
                <title>3. 2024 (month not known): All year</title>
                <rect class="chart-bar chart-approximate" x="8" y="42" width="384" height="8" fill="currentColor" fill-opacity="0.45" stroke="currentColor" stroke-dasharray="4 3"/>
                <text x="10" y="38" text-anchor="start" class="chart-number">3</text>
                </g>
                <g class="chart-axis">
                <path d="M8 58 H392" stroke="currentColor" stroke-width="1"/>
                <path d="M8 58 V64" stroke="currentColor" stroke-width="1"/>
                <text x="8" y="78" text-anchor="start" class="chart-tick">Jan 2024</text>
                <path d="M40.5 58 V61" stroke="currentColor" stroke-width="1"/>
                <path d="M71 58 V61" stroke="currentColor" stroke-width="1"/>
                <path d="M103.5 58 V64" stroke="currentColor" stroke-width="1"/>
                <text x="103.5" y="78" text-anchor="middle" class="chart-tick">Apr 2024</text>
                <path d="M135 58 V61" stroke="currentColor" stroke-width="1"/>
                <path d="M167.5 58 V61" stroke="currentColor" stroke-width="1"/>
                <path d="M199 58 V64" stroke="currentColor" stroke-width="1"/>
                <text x="199" y="78" text-anchor="middle" class="chart-tick">Jul 2024</text>
                <path d="M231.5 58 V61" stroke="currentColor" stroke-width="1"/>
                <path d="M264 58 V61" stroke="currentColor" stroke-width="1"/>
                <path d="M295.5 58 V64" stroke="currentColor" stroke-width="1"/>
                <text x="295.5" y="78" text-anchor="middle" class="chart-tick">Oct 2024</text>
                <path d="M328 58 V61" stroke="currentColor" stroke-width="1"/>
                <path d="M359.5 58 V61" stroke="currentColor" stroke-width="1"/>
                <path d="M392 58 V64" stroke="currentColor" stroke-width="1"/>
                </g>
                <text x="0" y="98" class="chart-key">Dot: the day is known.</text>
                <text x="0" y="113" class="chart-key">Dashed bar: only the month or the year is known.</text>
                </svg>""", lines(svg));
    }
}
