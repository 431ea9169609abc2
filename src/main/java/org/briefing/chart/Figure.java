package org.briefing.chart;

import java.util.List;

/**
 * One contested figure: every value put forward for it, by whom and on what standing. A value is
 * a number ({@code low == high}) or a range, possibly approximate, possibly open ("more than").
 */
public record Figure(String id, String label, String unit, List<Value> values) {

    public Figure {
        values = List.copyOf(values);
    }

    /**
     * {@code comparator} is "" or "exactly" for a plain value, else "more-than", "at-least",
     * "fewer-than" or "about"; {@code status} and {@code asOf} are shown as given.
     */
    public record Value(long low, long high, String comparator, boolean approximate, String claimant,
                        String status, String asOf) {

        public static Value of(long value, String comparator, boolean approximate, String claimant, String status,
                               String asOf) {
            return new Value(value, value, comparator, approximate, claimant, status, asOf);
        }

        public boolean isRange() {
            return low != high;
        }

        boolean opensUp() {
            return comparator.equals("more-than") || comparator.equals("at-least");
        }

        boolean opensDown() {
            return comparator.equals("fewer-than");
        }

        boolean isApproximate() {
            return approximate || comparator.equals("about");
        }
    }
}
