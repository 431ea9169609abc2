#!/usr/bin/env python3
"""Deterministic benchmark corpus for the briefing generator and its peers.

Usage: make-corpus.py N OUTDIR [--seed S] [--templates DIR]

Writes two layouts of the same N pages:

  OUTDIR/pages/brief-00001.md ...   the peer corpus: the same files, byte for
  OUTDIR/data/facts.yaml            byte, as the peer benchmark's generator
                                    (front matter title/date/tags/summary)
  OUTDIR/briefing-root/             a whole root for this generator:
    content/site.yaml               site settings (no base_url)
    content/sources.yaml            200 sources src-001 ... src-200
    content/index.md                the home page, layout "index"
    content/briefs/brief-NNNNN.md   the same page, front matter reduced to
                                    title/date/summary, plus 2-5 citations
    content/facts/facts.yaml        the peers' 200 facts, with its schema in
    content/schemas/facts.schema.json
    templates/                      the project's frame (base, sources and 404
                                    layouts, assets/;
                                    --frame, default: the project's templates/) overlaid
                                    with the benchmark layouts (--templates,
                                    default: templates/ beside this script)

Each page has ~600-900 words of body in 4-6 '## ' sections, one bulleted
list, one GFM pipe table, inline links, emphasis, and 3-8 footnotes [^n],
1-4 of them referenced twice. The briefing root adds, in the prose only,
citations [@src-NNN] of 2-5 distinct sources (sometimes with a locator,
sometimes one source cited a second time), so the citation path is
exercised. Citations are placed with their own random stream, so the prose
stays identical to the peer corpus. Page i is the same for any N.

Python 3 standard library only; same N and seed give byte-identical output.
"""
import argparse
import datetime
import os
import random
import shutil

WORDS = """
analysis assessment baseline budget capacity coalition committee compliance
consensus constraint coverage deadline delegation demand deployment directive
efficiency emission enforcement estimate evidence exposure forecast framework
funding governance guidance household incentive indicator inflation
infrastructure investment jurisdiction labour legislation liability margin
mandate market measure mechanism milestone mitigation monitoring negotiation
objective obligation outcome oversight partnership performance pipeline policy
portfolio pressure priority procurement productivity programme projection
provision ratio reform regulation reporting requirement reserve resilience
revenue review risk safeguard scenario schedule scrutiny sector settlement
shortfall signal stakeholder standard strategy subsidy supply surplus
sustainability target tariff threshold trajectory transition transparency
trend uncertainty utility variance volume workforce agency audit board
capital charter contract council credit debt district fiscal grant index
levy loan minister network office panel permit region tender treasury
across after against ahead already although among around because before
below between beyond both during early either further however later less
likely more most nearly often only over rather since still though through
under until while within without broadly clearly closely directly largely
mainly notably partly publicly recently sharply slightly steadily strongly
widely annual binding central cross-border current domestic external federal
fiscal formal global gradual internal interim local long-term medium-term
national net operational preliminary primary public quarterly regional
revised seasonal short-term significant structural temporary total
adopted affected allocated approved assessed committed delayed deferred
delivered estimated expanded extended funded implemented increased issued
launched limited maintained measured published raised reduced reported
required restricted reviewed revised signed tightened updated
""".split()

VERBS = """
shows suggests indicates confirms implies signals reflects limits raises
reduces supports weakens strengthens delays accelerates complicates
""".split()

TOPICS = """
energy water transport housing health education trade defence agriculture
finance telecoms digital climate labour migration justice tourism fisheries
mining aviation shipping rail broadband pensions welfare procurement space
biotech semiconductors insurance banking
""".split()

TAGS = [
    "energy", "water", "transport", "housing", "health", "education", "trade",
    "defence", "agriculture", "finance", "digital", "climate", "labour",
    "migration", "justice", "tourism", "fisheries", "mining", "aviation",
    "shipping", "rail", "pensions", "welfare", "procurement", "space",
    "biotech", "insurance", "banking", "regulation", "budget",
]

UNITS = ["percent", "EUR m", "USD bn", "GWh", "tonnes", "persons", "km",
         "index points", "days", "sites"]

PUBLISHERS = ["Statistics Office", "Ministry of Finance", "Central Bank",
              "Audit Office", "Regulator", "Parliamentary Committee",
              "Industry Association", "Research Institute"]


def sentence(rng, min_w=8, max_w=18):
    n = rng.randint(min_w, max_w)
    ws = [rng.choice(WORDS) for _ in range(n)]
    ws.insert(rng.randint(1, n - 1), rng.choice(VERBS))
    s = " ".join(ws)
    return s[0].upper() + s[1:] + "."


def decorate(rng, text, page_no):
    """Add emphasis and an inline link to some words of a paragraph."""
    words = text.split(" ")
    if len(words) > 6:
        i = rng.randint(1, len(words) - 3)
        if rng.random() < 0.5:
            words[i] = "*" + words[i].rstrip(".") + "*" + ("." if words[i].endswith(".") else "")
        else:
            words[i] = "**" + words[i].rstrip(".") + "**" + ("." if words[i].endswith(".") else "")
    if len(words) > 10 and rng.random() < 0.6:
        j = rng.randint(2, len(words) - 4)
        tail = "." if words[j].endswith(".") else ""
        w = words[j].strip("*.")
        slug = w.lower()
        words[j] = "[%s](https://example.org/ref/%s/%d)%s" % (w, slug, page_no, tail)
    return " ".join(words)


def paragraph(rng, page_no, min_s=3, max_s=5):
    text = " ".join(sentence(rng) for _ in range(rng.randint(min_s, max_s)))
    return decorate(rng, text, page_no)


def word_count(text):
    return len(text.split())


def make_page(rng, page_no, base_date):
    topic = rng.choice(TOPICS)
    title = "Briefing %05d: %s %s %s" % (
        page_no, topic.capitalize(), rng.choice(WORDS), rng.choice(WORDS))
    date = base_date + datetime.timedelta(days=rng.randint(0, 3650))
    tags = sorted(rng.sample(TAGS, rng.randint(2, 5)))
    summary = sentence(rng, 10, 20).replace('"', "")

    n_fn = rng.randint(3, 8)
    # Footnote reference sequence: each footnote once, plus some repeats.
    refs = list(range(1, n_fn + 1))
    n_repeat = rng.randint(1, max(1, n_fn // 2))
    repeats = rng.sample(range(1, n_fn + 1), n_repeat)

    n_sections = rng.randint(4, 6)
    target_words = rng.randint(600, 900)
    paras_total = []  # list of (section_index, paragraph text)
    words_so_far = 0
    sec = 0
    # Fill paragraphs until target word count is reached, spread over sections.
    while words_so_far < target_words - 150:
        p = paragraph(rng, page_no)
        paras_total.append([sec % n_sections, p])
        words_so_far += word_count(p)
        sec += 1
    paras_total.sort(key=lambda x: x[0])

    # Attach footnote references: first occurrences in order, then repeats.
    slots = list(range(len(paras_total)))
    order = refs + repeats
    for k, fn in enumerate(order):
        idx = slots[(k * 7 + fn) % len(slots)] if k >= len(refs) else \
            slots[min(len(slots) - 1, k * len(slots) // max(1, len(refs)))]
        p = paras_total[idx][1]
        # put reference after a sentence end inside the paragraph
        # only after a sentence end ('.' followed by a space or the end),
        # never inside a link URL
        dots = [i for i, c in enumerate(p)
                if c == "." and (i + 1 == len(p) or p[i + 1] == " ")]
        pos = dots[rng.randint(0, len(dots) - 1)] + 1 if dots else len(p)
        paras_total[idx][1] = p[:pos] + "[^%d]" % fn + p[pos:]

    out = []
    out.append("---")
    out.append('title: "%s"' % title)
    out.append("date: %s" % date.isoformat())
    out.append("tags:")
    for t in tags:
        out.append("  - %s" % t)
    out.append('summary: "%s"' % summary)
    out.append("---")
    out.append("")

    list_section = rng.randrange(n_sections)
    table_section = (list_section + 1 + rng.randrange(n_sections - 1)) % n_sections
    for s in range(n_sections):
        heading = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 4)))
        out.append("## " + heading[0].upper() + heading[1:])
        out.append("")
        for sec_i, p in paras_total:
            if sec_i == s:
                out.append(p)
                out.append("")
        if s == list_section:
            for _ in range(rng.randint(3, 6)):
                out.append("- " + decorate(rng, sentence(rng, 5, 10), page_no))
            out.append("")
        if s == table_section:
            out.append("| Indicator | %d | %d | Change |" % (date.year - 1, date.year))
            out.append("|---|---:|---:|---|")
            for _ in range(rng.randint(3, 6)):
                a = rng.randint(10, 9999) / 10.0
                b = round(a * rng.uniform(0.8, 1.25), 1)
                ch = "up" if b > a else "down"
                out.append("| %s %s | %.1f | %.1f | *%s* |" % (
                    rng.choice(WORDS).capitalize(), rng.choice(UNITS), a, b, ch))
            out.append("")

    for fn in refs:
        pub = rng.choice(PUBLISHERS)
        yr = date.year - rng.randint(0, 3)
        out.append("[^%d]: %s, *%s*, %d. [Source](https://example.org/src/%d/%d)." % (
            fn, pub, sentence(rng, 4, 8).rstrip("."), yr, page_no, fn))
    out.append("")
    return "\n".join(out)


def make_facts(rng, n=200):
    out = ["# %d facts used by the briefing index" % n]
    for i in range(1, n + 1):
        out.append("- id: F%03d" % i)
        out.append('  label: "%s %s"' % (rng.choice(TOPICS).capitalize(), rng.choice(WORDS)))
        out.append("  value: %.2f" % (rng.randint(1, 10 ** 6) / 100.0))
        out.append('  unit: "%s"' % rng.choice(UNITS))
        out.append('  source: "%s"' % rng.choice(PUBLISHERS))
        out.append("  year: %d" % rng.randint(2010, 2024))
    out.append("")
    return "\n".join(out)


N_SOURCES = 200
SOURCE_KINDS = ["news", "government", "statement", "intelligence"]


def is_prose(line):
    """A paragraph line: not a heading, list item, table row or footnote definition."""
    return bool(line) and not line.startswith(("## ", "- ", "|", "[^"))


def cite_page(rng, page_no, text):
    """The briefing version of a peer page: title/date/summary front matter, citations added."""
    head, body = text.split("\n---\n", 1)
    front = [l for l in head.split("\n")
             if l.startswith(("---", "title:", "date:", "summary:"))]
    lines = body.split("\n")
    prose = [i for i, l in enumerate(lines) if is_prose(l)]
    n_cite = rng.randint(2, 5)
    # page i always cites src-(i mod 200), so any N >= 200 cites every source
    ids = [(page_no - 1) % N_SOURCES + 1]
    while len(ids) < n_cite:
        s = rng.randint(1, N_SOURCES)
        if s not in ids:
            ids.append(s)
    marks = []
    for s in ids:
        r = rng.random()
        if r < 0.2:
            marks.append("[@src-%03d, p. %d]" % (s, rng.randint(1, 40)))
        else:
            marks.append("[@src-%03d]" % s)
    if rng.random() < 0.5:
        marks.append("[@src-%03d]" % ids[0])          # one source cited again
    for k, mark in enumerate(marks):
        idx = prose[min(len(prose) - 1, k * len(prose) // len(marks))]
        p = lines[idx]
        dots = [i for i, c in enumerate(p)
                if c == "." and (i + 1 == len(p) or p[i + 1] == " ")]
        pos = dots[rng.randint(0, len(dots) - 1)] if dots else len(p)
        lines[idx] = p[:pos] + " " + mark + p[pos:]
    return "\n".join(front) + "\n---\n" + "\n".join(lines), len(marks)


def make_sources(rng):
    out = ["# %d generated sources, cited as [@src-NNN] by the benchmark pages" % N_SOURCES]
    for i in range(1, N_SOURCES + 1):
        out.append("- id: src-%03d" % i)
        out.append('  title: "%s"' % sentence(rng, 4, 9).rstrip("."))
        out.append('  publisher: "%s"' % rng.choice(PUBLISHERS))
        out.append('  date: "%d-%02d-%02d"' % (rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28)))
        out.append("  kind: %s" % rng.choice(SOURCE_KINDS))
        if rng.random() < 0.7:
            out.append("  url: https://example.org/sources/%03d" % i)
            out.append("  accessed: 2024-12-01")
        out.append("  reliability: %s" % rng.choice("ABCDEF"))
    out.append("")
    return "\n".join(out)


SITE_YAML = """title: "Briefings"
description: "A generated benchmark corpus."
language: en
"""

INDEX_MD = """---
title: "Briefings"
summary: "Every briefing, newest first, and the facts table."
layout: index
---

Every briefing in this benchmark corpus, newest first.
"""

FACTS_SCHEMA = """{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Benchmark facts",
  "type": "array",
  "items": {
    "type": "object",
    "additionalProperties": false,
    "required": ["id", "label", "value", "unit", "source", "year"],
    "properties": {
      "id": {"type": "string"},
      "label": {"type": "string"},
      "value": {"type": "number"},
      "unit": {"type": "string"},
      "source": {"type": "string"},
      "year": {"type": "integer"}
    }
  }
}
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of pages")
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=20240501)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--templates", default=os.path.join(here, "templates"))
    ap.add_argument("--frame", default=os.path.join(here, os.pardir, os.pardir, "templates"))
    a = ap.parse_args()
    pages = os.path.join(a.outdir, "pages")
    root = os.path.join(a.outdir, "briefing-root")
    content = os.path.join(root, "content")
    base = datetime.date(2014, 1, 1)
    total_words = 0
    citations = 0
    for i in range(1, a.n + 1):
        rng = random.Random("%d-%d" % (a.seed, i))  # per-page seed: page i is same for any N
        text = make_page(rng, i, base)
        body = text.split("\n---\n", 1)[1]
        total_words += len(body.split())
        name = "brief-%05d.md" % i
        write(os.path.join(pages, name), text)
        cited, n = cite_page(random.Random("%d-%d-cite" % (a.seed, i)), i, text)
        citations += n
        write(os.path.join(content, "briefs", name), cited)
    facts = make_facts(random.Random("%d-facts" % a.seed))
    write(os.path.join(a.outdir, "data", "facts.yaml"), facts)
    write(os.path.join(content, "facts", "facts.yaml"), facts)
    write(os.path.join(content, "schemas", "facts.schema.json"), FACTS_SCHEMA)
    write(os.path.join(content, "sources.yaml"), make_sources(random.Random("%d-sources" % a.seed)))
    write(os.path.join(content, "site.yaml"), SITE_YAML)
    write(os.path.join(content, "index.md"), INDEX_MD)
    templates = os.path.join(root, "templates")
    if os.path.exists(templates):
        shutil.rmtree(templates)
    os.makedirs(templates)
    for frame_file in ("base.ftlh", "sources.ftlh", "404.ftlh"):
        if os.path.exists(os.path.join(a.frame, frame_file)):
            shutil.copy(os.path.join(a.frame, frame_file), templates)
    if os.path.isdir(os.path.join(a.frame, "assets")):
        shutil.copytree(os.path.join(a.frame, "assets"), os.path.join(templates, "assets"))
    for name in sorted(os.listdir(a.templates)):
        shutil.copy(os.path.join(a.templates, name), templates)
    print("wrote %d pages (%d body words, %.0f avg, %d citations) to %s" % (
        a.n, total_words, total_words / max(1, a.n), citations, a.outdir))


if __name__ == "__main__":
    main()
