// Site search (assets/search.js). The build writes the index as script files under search/ (see SearchIndex.java):
// index.js (the manifest), terms-ID.js (sorted term ranges with their postings; the manifest lists each range's
// first term and ID) and pages-N.js (page N's sections, each with its page, anchor, heading and text, long
// sections in parts). This script loads only the files a query
// needs, with <script src> so it works from file:// and under a CSP without inline script or eval.
// Without JavaScript the search box stays hidden and the search page says why.
(function () {
  "use strict";

  var script = document.currentScript;
  var root = script ? script.src.replace(/assets\/search\.js(?:[?#].*)?$/, "") : "";
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  // Each digit's value by its character code: a common term's postings run to 100,000 digits.
  var VALUE = new Int8Array(128);
  for (var d = 0; d < DIGITS.length; d++) {
    VALUE[DIGITS.charCodeAt(d)] = d;
  }
  var SHOWN = 10;
  var MAX_PREFIX_TERMS = 30;
  var MAX_PREFIX_SHARDS = 3;
  // A section's id: its page's number times this, plus its place on the page.
  var PARTS = 65536;
  var TERM = /\p{N}{1,3}(?:,\p{N}{3})+|[\p{L}\p{N}]+/gu;
  var WORD = /\p{N}{1,3}(?:,\p{N}{3})+|[\p{L}\p{N}\p{M}]+/gu;

  var pending = {};
  var loaded = {};

  // Index files call this when they run: BriefingSearch.load("terms", "5f0c2a9e41d3", {...}).
  window.BriefingSearch = {
    load: function (kind, number, data) {
      var key = kind + "-" + number;
      loaded[key] = data;
      if (pending[key]) {
        pending[key].resolve(data);
      }
    }
  };

  function file(kind, number) {
    var key = kind + "-" + number;
    if (loaded[key]) {
      return Promise.resolve(loaded[key]);
    }
    if (!pending[key]) {
      var entry = {};
      entry.promise = new Promise(function (resolve, reject) {
        entry.resolve = resolve;
        var tag = document.createElement("script");
        tag.src = root + "search/" + (kind === "manifest" ? "index" : key) + ".js";
        tag.async = true;
        tag.onerror = function () {
          delete pending[key];
          reject(new Error("could not load " + tag.src));
        };
        document.head.appendChild(tag);
      });
      pending[key] = entry;
    }
    return pending[key].promise;
  }

  // The same cut as Terms.java: accents removed, lower case, "1,500" -> "1500".
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  }

  function terms(text) {
    return (fold(text).match(TERM) || []).map(function (t) { return t.replace(/,/g, ""); });
  }

  // The last index i with list[i] <= value (list sorted ascending), or 0.
  function floor(list, value) {
    var lo = 0;
    var hi = list.length - 1;
    var found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] <= value) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  // A term's entry is [number of sections, postings]: for each section, the gap from the previous
  // one's page, its place on the page and its BM25 term weight. The idf is worked out here, from
  // the count and the number of sections in the manifest, so one page's edit changes only its terms.
  function decode(entry, docs, weight, add) {
    var postings = entry[1];
    var idf = Math.log(1 + (docs - entry[0] + 0.5) / (entry[0] + 0.5));
    var i = 0;
    var page = 0;
    function number() {
      var value = 0;
      var scale = 1;
      for (;;) {
        var digit = VALUE[postings.charCodeAt(i++) & 127];
        value += (digit & 31) * scale;
        if (digit < 32) {
          return value;
        }
        scale *= 32;
      }
    }
    while (i < postings.length) {
      page += number();
      var part = number();
      add(page * PARTS + part, idf * number() * weight);
    }
  }

  // The term ranges a word needs: its own, or for a prefix every range that may hold one.
  function lookup(manifest, word, prefix) {
    var first = floor(manifest.terms, word);
    var shards = [first];
    if (prefix) {
      for (var s = first + 1; s < manifest.terms.length && shards.length < MAX_PREFIX_SHARDS; s++) {
        if (manifest.terms[s].lastIndexOf(word, 0) !== 0) {
          break;
        }
        shards.push(s);
      }
    }
    return Promise.all(shards.map(function (s) { return file("terms", manifest.files[s]); })).then(function (ranges) {
      var found = [];
      ranges.forEach(function (range) {
        if (!prefix) {
          if (Object.prototype.hasOwnProperty.call(range, word)) {
            found.push({term: word, entry: range[word], weight: 1});
          }
          return;
        }
        Object.keys(range).forEach(function (t) {
          if (t.lastIndexOf(word, 0) === 0 && found.length < MAX_PREFIX_TERMS) {
            found.push({term: t, entry: range[t], weight: t === word ? 1 : 0.8});
          }
        });
      });
      return found;
    });
  }

  function search(query) {
    var words = terms(query).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (!words.length) {
      return Promise.resolve({words: [], matched: [], hits: []});
    }
    var typing = !/\s$/.test(query);
    return file("manifest", 0).then(function (manifest) {
      return Promise.all(words.map(function (w, i) {
        return lookup(manifest, w, typing && i === words.length - 1 && w.length >= 3);
      })).then(function (perWord) {
        var scores = new Map();
        var matched = [];
        perWord.forEach(function (found, wordIndex) {
          found.forEach(function (f) {
            matched.push(f.term);
            decode(f.entry, manifest.docs, f.weight, function (id, score) {
              var s = scores.get(id);
              if (!s) {
                s = {id: id, score: 0, words: 0, mask: 0};
                scores.set(id, s);
              }
              s.score += score;
              // Which of the query's words it holds: bits for the first 31, an object beyond.
              if (wordIndex < 31) {
                if (!(s.mask & (1 << wordIndex))) {
                  s.mask |= 1 << wordIndex;
                  s.words++;
                }
              } else {
                s.more = s.more || {};
                if (!s.more[wordIndex]) {
                  s.more[wordIndex] = true;
                  s.words++;
                }
              }
            });
          });
        });
        var hits = Array.from(scores.values()).sort(function (a, b) {
          return b.words - a.words || b.score - a.score || a.id - b.id;
        });
        return {words: words, matched: matched, hits: hits, manifest: manifest};
      });
    });
  }

  // The page and section of a section id, from its page's file.
  function section(manifest, id) {
    return file("pages", Math.floor(id / PARTS)).then(function (docs) {
      var d = docs[id % PARTS];
      return d ? {url: d[0], title: d[1], anchor: d[2], heading: d[3], text: d[4]} : null;
    });
  }

  // A stretch of the text around the first match, with every matching word in <mark>.
  function snippet(text, matched) {
    var want = {};
    matched.forEach(function (t) { want[t] = true; });
    var marks = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var t = fold(m[0]).replace(/,/g, "");
      if (want[t]) {
        marks.push([m.index, m.index + m[0].length]);
      }
    }
    var start = marks.length ? Math.max(0, marks[0][0] - 60) : 0;
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < marks[0][0] ? space + 1 : start;
    }
    var end = Math.min(text.length, start + 220);
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      end = cut > start ? cut : end;
    }
    var p = document.createElement("p");
    p.className = "search-snippet";
    var at = start;
    if (start > 0) {
      p.appendChild(document.createTextNode("… "));
    }
    marks.forEach(function (r) {
      if (r[0] >= at && r[1] <= end) {
        p.appendChild(document.createTextNode(text.slice(at, r[0])));
        var mark = document.createElement("mark");
        mark.textContent = text.slice(r[0], r[1]);
        p.appendChild(mark);
        at = r[1];
      }
    });
    p.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? " …" : "")));
    return p;
  }

  function resultItem(hit, matched) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = root + hit.url + (hit.anchor ? "#" + encodeURIComponent(hit.anchor) : "");
    var page = document.createElement("span");
    page.className = "search-page";
    page.textContent = hit.title;
    a.appendChild(page);
    if (hit.heading) {
      a.appendChild(document.createTextNode(" › "));
      var sec = document.createElement("span");
      sec.className = "search-section";
      sec.textContent = hit.heading;
      a.appendChild(sec);
    }
    li.appendChild(a);
    li.appendChild(snippet(hit.text, matched));
    return li;
  }

  // The search page: a box, a status line and the results, both in an aria-live region.
  function searchPage(form) {
    var input = form.querySelector("input[type=search]");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var latest = 0;

    function run() {
      var query = input.value;
      var ticket = ++latest;
      if (!terms(query).length) {
        status.textContent = "";
        list.replaceChildren();
        return;
      }
      search(query).then(function (result) {
        var top = result.hits.slice(0, SHOWN);
        return Promise.all(top.map(function (h) { return section(result.manifest, h.id); })).then(function (hits) {
          if (ticket !== latest) {
            return;
          }
          var n = result.hits.length;
          status.textContent = n === 0 ? "No results for “" + query.trim() + "”."
              : n + (n === 1 ? " result" : " results") + " for “" + query.trim() + "”"
              + (n > SHOWN ? "; the first " + SHOWN + " are shown." : ".");
          list.replaceChildren.apply(list, hits.filter(Boolean).map(function (h) {
            return resultItem(h, result.matched);
          }));
        });
      }).catch(function (e) {
        if (ticket === latest) {
          status.textContent = "Search failed: " + e.message;
        }
      });
    }

    var timer = 0;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, 150);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      run();
    });
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) {
      input.value = q;
      run();
    }
  }

  // Every page: the box in the header leads to the search page with the query.
  function headerBox(form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var input = form.querySelector("input[type=search]");
      var target = new URL(form.getAttribute("action"), window.location.href);
      target.search = "?q=" + encodeURIComponent(input.value);
      window.location.href = target.href;
    });
  }

  document.querySelectorAll("form.site-search").forEach(function (form) {
    form.hidden = false;
    if (form.id === "search-form") {
      searchPage(form);
    } else {
      headerBox(form);
    }
  });
  document.querySelectorAll(".search-needs-js").forEach(function (p) {
    p.hidden = true;
  });
})();
