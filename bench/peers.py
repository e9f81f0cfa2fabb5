"""The Hugo and Pelican versions of the corpus's site: the same pages in kind as ours (articles,
paginated home, locality sections, tag, locality, meeting and people lists, feeds), with
templates as small as each tool allows, so a benchmark times the tools and not a theme."""

from __future__ import annotations

HUGO_CONFIG = """\
baseURL = "https://example.org/"
locale = "vi"
title = "Lưu trữ tin hội nghị dân vận"
timeZone = "Asia/Ho_Chi_Minh"
removePathAccents = true
disableKinds = ["sitemap", "robotsTXT"]

[pagination]
  pagerSize = 20
  disableAliases = true

[services.rss]
  limit = 20

[taxonomies]
  tag = "tags"
  locality = "locality"
  meeting = "meeting"
  person = "people"

[outputs]
  home = ["html", "rss"]
  section = ["html", "rss"]
  taxonomy = ["html"]
  term = ["html", "rss"]
"""

HUGO_BASEOF = """\
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a> {{ partialCached "nav.html" . }}</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer><a href="{{ "/tags/" | relURL }}">Chủ đề</a> · <a href="{{ "/locality/" | relURL }}">Địa phương</a></footer>
</body>
</html>
"""

HUGO_SINGLE = """\
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "02/01/2006" }}</time>
 · {{ .Params.author }} · {{ .Params.organization }}</p>
<p>{{ range .GetTerms "locality" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> › {{ end }}</p>
{{ .Content }}
<p>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
<p>{{ range .GetTerms "people" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
</article>
{{ end }}
"""

HUGO_LIST = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ partial "cards.html" (.Paginate .RegularPagesRecursive) }}
{{ end }}
"""

HUGO_HOME = """\
{{ define "main" }}
<h1>{{ site.Title }}</h1>
{{ partial "cards.html" (.Paginate site.RegularPages) }}
{{ end }}
"""

HUGO_TERM = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ partial "cards.html" (.Paginate .Pages) }}
{{ end }}
"""

HUGO_TAXONOMY = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>
{{ end }}</ul>
{{ end }}
"""

# partialCached: the navigation is the same on every page, so Hugo builds it once.
HUGO_NAV = """\
<nav>{{ range site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav>
"""

HUGO_CARDS = """\
{{ range .Pages }}
<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p><time>{{ .Date.Format "02/01/2006" }}</time> · {{ .Params.organization }}</p>
<p>{{ .Summary }}</p></article>
{{ end }}
<nav>{{ with .Prev }}<a href="{{ .URL }}">« Trước</a>{{ end }} {{ .PageNumber }}/{{ .TotalPages }}
{{ with .Next }}<a href="{{ .URL }}">Sau »</a>{{ end }}</nav>
"""

PELICAN_CONFIG = """\
# Pelican settings for the benchmark corpus (written by bench/corpus.py).
AUTHOR = "Ban biên tập"
SITENAME = "Lưu trữ tin hội nghị dân vận"
SITEURL = ""
PATH = "content"
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
DEFAULT_PAGINATION = 20
ARTICLE_URL = "{category}/{slug}/"
ARTICLE_SAVE_AS = "{category}/{slug}/index.html"
FEED_DOMAIN = "https://example.org"
FEED_MAX_ITEMS = 20
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/category/{slug}.atom.xml"
TAG_FEED_ATOM = "feeds/tag/{slug}.atom.xml"
AUTHOR_FEED_ATOM = "feeds/author/{slug}.atom.xml"
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
MARKDOWN = {
    "extension_configs": {"markdown.extensions.extra": {}, "markdown.extensions.toc": {}},
    "output_format": "html5",
}
STATIC_PATHS = ["images"]  # the photos, copied as they are
CACHE_CONTENT = False  # Pelican's default
LOAD_CONTENT_CACHE = False
"""

FILES = {
    "hugo": {
        "hugo.toml": HUGO_CONFIG,
        "layouts/baseof.html": HUGO_BASEOF,
        "layouts/single.html": HUGO_SINGLE,
        "layouts/list.html": HUGO_LIST,
        "layouts/home.html": HUGO_HOME,
        "layouts/term.html": HUGO_TERM,
        "layouts/taxonomy.html": HUGO_TAXONOMY,
        "layouts/_partials/nav.html": HUGO_NAV,
        "layouts/_partials/cards.html": HUGO_CARDS,
    },
    "pelican": {"pelicanconf.py": PELICAN_CONFIG},
}
