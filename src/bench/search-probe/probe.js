// Times one query on the search page's own code: from submit to the results shown, and lists
// the index files it loaded. The query comes from #query=... in the address.
(function () {
  "use strict";
  var query = decodeURIComponent(window.location.hash.slice("#query=".length));
  var form = document.getElementById("search-form");
  var status = document.getElementById("search-status");
  var out = document.getElementById("probe");
  var start = 0;
  new MutationObserver(function () {
    if (!status.textContent || out.textContent) {
      return;
    }
    var ms = performance.now() - start;
    // search.js loads each index file with a <script> tag in the head.
    var files = Array.prototype.map.call(document.querySelectorAll("head script[src]"), function (s) { return s.src; })
        .filter(function (n) { return /\/search\/(index|terms-[0-9a-f-]+|pages-\d+)\.js$/.test(n); });
    out.textContent = "PROBE " + JSON.stringify({query: query, ms: Math.round(ms), results: status.textContent,
      shown: document.querySelectorAll("#search-results li").length, files: files});
  }).observe(status, {childList: true, characterData: true, subtree: true});
  document.getElementById("search-q").value = query;
  start = performance.now();
  form.dispatchEvent(new Event("submit", {cancelable: true}));
})();
