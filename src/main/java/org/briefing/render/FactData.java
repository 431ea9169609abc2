package org.briefing.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.content.FactNode;

/** Converts a fact tree into plain maps, lists, strings, numbers and booleans for templates; nulls are left out. */
public final class FactData {
    private FactData() {
    }

    public static Optional<Object> toPlain(FactNode node) {
        if (node instanceof FactNode.Fields f) {
            Map<String, Object> m = new LinkedHashMap<>();
            f.fields().forEach((k, v) -> toPlain(v).ifPresent(p -> m.put(k, p)));
            return Optional.of(Collections.unmodifiableMap(m));
        }
        if (node instanceof FactNode.Items list) {
            List<Object> l = new ArrayList<>(list.items().size());
            list.items().forEach(v -> toPlain(v).ifPresent(l::add));
            return Optional.of(Collections.unmodifiableList(l));
        }
        return node instanceof FactNode.Value v ? Optional.of(v.value()) : Optional.empty();
    }
}
