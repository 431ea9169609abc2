package org.briefing.build;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.briefing.content.Page;

/**
 * The digest of each page's own text, remembered by page object: the preview keeps the pages of
 * unchanged files from one rebuild to the next, so their text is hashed once, not on every save.
 */
final class PageDigests {
    private final Map<Page, String> known = Collections.synchronizedMap(new IdentityHashMap<>());

    String of(Page page) {
        String d = known.get(page);
        if (d == null) {
            d = new PageKeys.Hasher().add("path", page.path()).add("body line", Integer.toString(page.bodyLine()))
                    .add("body", page.body()).hex();
            known.put(page, d);
        }
        return d;
    }

    /** Forgets pages no longer in use. */
    void retain(java.util.Collection<Page> pages) {
        Map<Page, Boolean> live = new IdentityHashMap<>();
        pages.forEach(p -> live.put(p, true));
        known.keySet().removeIf(p -> !live.containsKey(p));
    }
}
