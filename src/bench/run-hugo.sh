#!/usr/bin/env bash
# Hugo on the peer corpus, laid out as the shared peer benchmark does (same site, same templates).
# Usage: run-hugo.sh CORPUS_DIR OUTPUT_DIR
#   STAGE=prepare  lay out the Hugo site in $SITE (default: hugo-site-<corpus name> beside the corpus)
#   STAGE=build    one clean build into OUTPUT_DIR (this is what is timed: hugo is exec'ed)
#   STAGE=all      (default) both
set -euo pipefail
CORPUS=$(realpath "$1"); OUT=$(realpath -m "$2")
SITE=${SITE:-$(dirname "$CORPUS")/hugo-site-$(basename "$CORPUS")}
STAGE=${STAGE:-all}

prepare() {
  rm -rf "$SITE"
  mkdir -p "$SITE/content/briefs" "$SITE/data" "$SITE/layouts/_default"
  cp "$CORPUS"/pages/*.md "$SITE/content/briefs/"
  cp "$CORPUS/data/facts.yaml" "$SITE/data/facts.yaml"
  cat > "$SITE/hugo.toml" <<'TOML'
baseURL = "https://example.org/"
title = "Briefings"
languageCode = "en"
disableKinds = ["taxonomy", "term", "section", "RSS", "sitemap", "robotsTXT", "404"]
TOML
  cat > "$SITE/layouts/_default/single.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body>
<header><a href="/">{{ .Site.Title }}</a></header>
<main><article>
<h1>{{ .Title }}</h1>
<p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></p>
<p class="summary">{{ .Params.summary }}</p>
{{ .Content }}
</article>
<ul class="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>
</main>
</body>
</html>
HTML
  cat > "$SITE/layouts/index.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body>
<header><a href="/">{{ .Site.Title }}</a></header>
<main>
<h1>{{ .Site.Title }}</h1>
<ul class="briefs">
{{ range .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time> {{ .Params.summary }}</li>
{{ end }}</ul>
<table class="facts">
<tr><th>id</th><th>label</th><th>value</th><th>unit</th><th>source</th><th>year</th></tr>
{{ range .Site.Data.facts }}<tr><td>{{ .id }}</td><td>{{ .label }}</td><td>{{ .value }}</td><td>{{ .unit }}</td><td>{{ .source }}</td><td>{{ .year }}</td></tr>
{{ end }}</table>
</main>
</body>
</html>
HTML
}

build() {
  # clean build: an old OUTPUT_DIR is moved aside (O(1)); the caller deletes "$OUT".prev.* untimed
  if [ -e "$OUT" ]; then mv "$OUT" "$(mktemp -u "$OUT.prev.XXXXXX")"; fi
  exec hugo --quiet --source "$SITE" --destination "$OUT"
}

case "$STAGE" in
  prepare) prepare ;;
  build) build ;;
  all) prepare; build ;;
  *) echo "unknown STAGE=$STAGE" >&2; exit 2 ;;
esac
