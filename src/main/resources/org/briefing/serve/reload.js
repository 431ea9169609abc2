// Served by `briefing serve` only; never part of a built site.
// Reloads the page when the preview server reports a finished rebuild.
(function () {
  "use strict";
  if (!window.EventSource) {
    return;
  }
  var events = new EventSource("/__briefing/events");
  var seen = null;
  events.addEventListener("hello", function (e) {
    // After the server restarted, or a rebuild happened while reconnecting, show the new build.
    if (seen !== null && e.data !== seen) {
      window.location.reload();
    }
    seen = e.data;
  });
  events.addEventListener("reload", function (e) {
    seen = e.data;
    window.location.reload();
  });
})();
