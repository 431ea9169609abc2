package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SiteIndexTest {

    @Test
    void lazyTargetComputesItsAnchorsOnFirstUseOnly() {
        AtomicInteger computed = new AtomicInteger();
        SiteIndex.Target target = SiteIndex.Target.lazy("b/", () -> {
            computed.incrementAndGet();
            return new LinkedHashSet<>(List.of("real-one", "second"));
        });

        assertEquals(0, computed.get());
        assertEquals(Set.of("real-one", "second"), target.anchors());
        assertEquals(Set.of("real-one", "second"), target.anchors());
        assertEquals(1, computed.get());
        assertEquals("b/", target.url());
    }
}
