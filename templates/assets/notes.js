// Note previews: hovering or focusing a citation marker (a[role=doc-noteref]) shows its note in a
// popup beside it (role=tooltip, linked by aria-describedby). Escape, blur or moving the pointer
// away closes it. Without this script the markers are plain links to the notes, so nothing is lost.
(function () {
  "use strict";

  var HIDE_DELAY_MS = 200;
  var markers = document.querySelectorAll('a[role="doc-noteref"]');
  if (!markers.length) {
    return;
  }

  var popup = document.createElement("div");
  popup.id = "note-preview";
  popup.className = "note-preview";
  popup.setAttribute("role", "tooltip");
  popup.hidden = true;
  document.body.appendChild(popup);

  var current = null;
  var hideTimer = 0;

  // The note a marker points at: "#note-2" -> li#note-2, or null when the page has no such note.
  function noteFor(marker) {
    var hash = marker.getAttribute("href") || "";
    if (hash.charAt(0) !== "#" || hash.length < 2) {
      return null;
    }
    var note = document.getElementById(decodeURIComponent(hash.slice(1)));
    return note && note.tagName === "LI" ? note : null;
  }

  // The note's content without its back-links and without ids (the page already has those ids).
  function contentOf(note, marker) {
    var copy = note.cloneNode(true);
    copy.querySelectorAll(".backlinks, [role='doc-backlink']").forEach(function (el) {
      el.remove();
    });
    copy.querySelectorAll("[id]").forEach(function (el) {
      el.removeAttribute("id");
    });
    var p = document.createElement("p");
    var number = document.createElement("span");
    number.className = "note-number";
    number.textContent = marker.textContent.trim() + ".";
    p.appendChild(number);
    while (copy.firstChild) {
      p.appendChild(copy.firstChild);
    }
    var locator = marker.dataset.locator || marker.getAttribute("title");
    if (locator) {
      p.appendChild(document.createTextNode(" (" + locator + ")"));
    }
    return p;
  }

  function place(marker) {
    var margin = 8;
    var rect = marker.getBoundingClientRect();
    var width = popup.offsetWidth;
    var height = popup.offsetHeight;
    var viewportWidth = document.documentElement.clientWidth;
    var left = Math.min(rect.left - 16, viewportWidth - width - margin);
    left = Math.max(margin, left);
    var top = rect.bottom + 6;
    if (top + height > window.innerHeight && rect.top - height - 6 > 0) {
      top = rect.top - height - 6;
    }
    popup.style.left = left + window.scrollX + "px";
    popup.style.top = top + window.scrollY + "px";
  }

  function show(marker) {
    window.clearTimeout(hideTimer);
    if (current === marker) {
      return;
    }
    var note = noteFor(marker);
    if (!note) {
      return;
    }
    hideNow();
    popup.replaceChildren(contentOf(note, marker));
    popup.hidden = false;
    place(marker);
    marker.setAttribute("aria-describedby", popup.id);
    // The locator ("p. 4") is in the preview now; the browser's own title tooltip would repeat it.
    if (marker.hasAttribute("title")) {
      marker.dataset.locator = marker.getAttribute("title");
      marker.removeAttribute("title");
    }
    current = marker;
  }

  function hideNow() {
    window.clearTimeout(hideTimer);
    if (current) {
      current.removeAttribute("aria-describedby");
      if (current.dataset.locator) {
        current.setAttribute("title", current.dataset.locator);
        delete current.dataset.locator;
      }
      current = null;
    }
    popup.hidden = true;
    popup.replaceChildren();
  }

  function hideSoon() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hideNow, HIDE_DELAY_MS);
  }

  markers.forEach(function (marker) {
    marker.addEventListener("mouseenter", function () { show(marker); });
    marker.addEventListener("mouseleave", hideSoon);
    marker.addEventListener("focus", function () { show(marker); });
    marker.addEventListener("blur", hideNow);
    marker.addEventListener("click", hideNow);
  });

  // The pointer may move onto the popup (to read or select it) without closing it.
  popup.addEventListener("mouseenter", function () { window.clearTimeout(hideTimer); });
  popup.addEventListener("mouseleave", hideSoon);

  document.addEventListener("keydown", function (event) {
    if ((event.key === "Escape" || event.key === "Esc") && current) {
      hideNow();
    }
  });

  window.addEventListener("resize", function () {
    if (current) {
      place(current);
    }
  });
})();
