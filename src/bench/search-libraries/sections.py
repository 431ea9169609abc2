#!/usr/bin/env python3
"""The benchmark corpus pages as search documents, one per "## " section: {id, page, url, heading, text}.

Usage: sections.py PAGES_DIR OUT.json   (Markdown stripped of links, emphasis, footnotes and table bars)
"""
import json, os, re, sys
d = sys.argv[1]
docs = []
for name in sorted(os.listdir(d)):
    text = open(os.path.join(d, name)).read()
    fm, body = text.split("\n---\n", 1)
    title = re.search(r'^title: "(.*)"$', fm, re.M).group(1)
    body = re.sub(r'^\[\^\d+\]:.*$', '', body, flags=re.M)
    body = re.sub(r'\[\^\d+\]', '', body)
    body = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', body)
    body = body.replace('*', '').replace('|', ' ')
    parts = re.split(r'^## (.*)$', body, flags=re.M)
    url = name[:-3] + "/"
    for i in range(1, len(parts), 2):
        docs.append({"id": len(docs), "page": title, "url": url, "heading": parts[i],
                     "text": re.sub(r'\s+', ' ', parts[i + 1]).strip()})
json.dump(docs, open(sys.argv[2], "w"))
print(len(docs), "sections")
