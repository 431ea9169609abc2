// Builds one client-side search library's index over the benchmark sections, the way a site would
// ship it (serialised whole), and reports its size, the time to load it, and query times.
// Usage: node measure.js minisearch|lunr|flexsearch SECTIONS.json LIBDIR
"use strict";
const fs = require("fs");
const zlib = require("zlib");
const [lib, docsFile, libDir] = process.argv.slice(2);
const docs = JSON.parse(fs.readFileSync(docsFile));
const queries = ["deployment", "fiscal reform", "procurement oversight risk", "transp"];

function median(a) { a = a.slice().sort((x, y) => x - y); return a[Math.floor(a.length / 2)]; }
function timeQueries(search) {
  const out = {};
  for (const q of queries) {
    const t = []; let n = 0;
    for (let i = 0; i < 7; i++) { const s = process.hrtime.bigint(); n = search(q); t.push(Number(process.hrtime.bigint() - s) / 1e6); }
    out[q] = median(t).toFixed(1) + " ms, " + n + " hits";
  }
  return out;
}
function report(name, payload, load, search) {
  const s = process.hrtime.bigint();
  const index = load(payload);
  const ms = Number(process.hrtime.bigint() - s) / 1e6;
  console.log(JSON.stringify({library: name, index_bytes: Buffer.byteLength(payload),
    gzip_bytes: zlib.gzipSync(payload).length, load_ms: Math.round(ms), queries: timeQueries(q => search(index, q))}));
}

if (lib === "minisearch") {
  const MiniSearch = require(libDir + "/minisearch/dist/cjs/index.cjs");
  const fields = ["page", "heading", "text"];
  const ms = new MiniSearch({fields});
  ms.addAll(docs);
  report("minisearch", JSON.stringify(ms), p => MiniSearch.loadJSON(p, {fields}),
    (i, q) => i.search(q, {prefix: t => t.length >= 3, boost: {page: 3, heading: 2}}).length);
} else if (lib === "lunr") {
  const lunr = require(libDir + "/lunr/lunr.js");
  const idx = lunr(function () {
    this.ref("id"); this.field("page", {boost: 3}); this.field("heading", {boost: 2}); this.field("text");
    this.metadataWhitelist = ["position"]; // positions are what a snippet with <mark> needs
    docs.forEach(d => this.add(d));
  });
  report("lunr (with positions)", JSON.stringify(idx), p => lunr.Index.load(JSON.parse(p)),
    (i, q) => i.search(q === "transp" ? q + "*" : q).length);
} else if (lib.startsWith("flexsearch")) {
  const {Document} = require(libDir + "/flexsearch/dist/flexsearch.bundle.min.js");
  const tokenize = lib === "flexsearch-forward" ? "forward" : "strict";
  const make = () => new Document({document: {id: "id", index: ["page", "heading", "text"]}, tokenize});
  const idx = make(); docs.forEach(d => idx.add(d));
  const parts = {}; idx.export((k, v) => { parts[k] = v; });
  report("flexsearch (tokenize " + tokenize + ")", JSON.stringify(parts),
    p => { const o = JSON.parse(p); const i = make(); for (const k in o) i.import(k, o[k]); return i; },
    (i, q) => { const s = new Set(); i.search(q, {limit: 100000}).forEach(f => f.result.forEach(x => s.add(x))); return s.size; });
}
