package org.briefing.content;

import java.util.List;
import java.util.Map;
import org.briefing.diag.Position;

/**
 * A fact file's content, read once by the loader after its schema check: mappings, lists and
 * scalar values, each with where it stands in the file. Immutable; what templates, checks and the
 * data export use instead of the YAML library's tree.
 */
public sealed interface FactNode {

    Position at();

    /** A mapping, in file order. */
    record Fields(Map<String, FactNode> fields, Position at) implements FactNode {
        public Fields {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }

        /** The value under {@code key}, if there is one. */
        public java.util.Optional<FactNode> get(String key) {
            return java.util.Optional.ofNullable(fields.get(key));
        }
    }

    /** A list. */
    record Items(List<FactNode> items, Position at) implements FactNode {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A string, a number (Long, BigInteger or BigDecimal) or a boolean. */
    record Value(Object value, Position at) implements FactNode {
        public Value {
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("a fact value is text, a number or a boolean, not " + value);
            }
        }

        /** The value as text, as a template prints it. */
        public String text() {
            return value.toString();
        }
    }

    /** An explicit null (or an empty value). */
    record Null(Position at) implements FactNode {
    }
}
