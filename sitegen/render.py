"""Page → bytes, through the theme's templates. Pure: nothing here touches output/."""

from __future__ import annotations

import hashlib

import jinja2
import jinja2.meta
from markupsafe import Markup

from .model import pack_html, unpack_html
from .plan import Page
from .text import xml_text
from .urls import depth_of
from .views import Dependency, View, Views, note, recording

CARDS_KEPT = 100_000  # cards a render worker keeps (about 700 bytes each)
ROOT = "\x00"  # stands for a page's "../" in HTML shared by pages (no content holds it)


class Renderer:
    def __init__(self, env: jinja2.Environment, views: Views, closures: dict[str, str] | None = None):
        self.env = env
        self.views = views
        self.site = views.site_view()
        self.closures: dict[str, str] = dict(closures or {})  # template → digest of its closure
        # Kept for the whole build in every render worker: 200,000 of them at 100,000 articles,
        # so the HTML is kept compressed (a third of its size as str) and the reads as a tuple.
        cards: dict[tuple[str, str], tuple[bytes, tuple[Dependency, ...]]] = {}
        module: list = []
        site = self.site

        @jinja2.pass_context
        def card_html(context: jinja2.runtime.Context, entry, heading: str = "h2") -> Markup:
            """macros.html's card_markup, rendered once per article and heading (an article
            is a card on a dozen lists): a third of the rendering time, before."""
            # Keyed by the article, not by its view: views are made again after Views.trim.
            key = (entry._key, heading) if isinstance(entry, View) else None
            card = cards.get(key) if key is not None else None
            if card is None:
                if not module:
                    module.append(
                        env.get_template("macros.html").make_module({"site": site, "root": ROOT, "config": site.config})
                    )
                with recording() as reads:  # what the card shows, for every page that shows it
                    html = str(module[0].card_markup(entry, heading))
                card = (pack_html(html), tuple(reads))
                if key is not None:
                    if len(cards) >= CARDS_KEPT:  # past a few hundred thousand articles
                        cards.clear()
                    cards[key] = card
            note(card[1])
            return Markup(unpack_html(card[0]).replace(ROOT, context["root"]))

        env.globals["card_html"] = card_html

    def render(self, page: Page) -> tuple[bytes, frozenset[Dependency]]:
        """The page's bytes, and every facet of the site its templates read (views.py)."""
        config = self.site.config
        root = config.base_path if page.kind == "404" else "../" * depth_of(page.url)
        show = self.views.show
        context = {
            "site": self.site,
            "page": show(page),
            "root": root,
            "page_url": page.url,
            "canonical": self.site.urls.absolute(page.url),
            **{name: show(value) for name, value in page.context.items()},
        }
        with recording() as reads:
            text = self.env.get_template(page.template).render(context)
        if page.template.endswith(".xml"):  # feeds, sitemap: one forbidden character and no reader parses them
            text = xml_text(text)
        return text.encode("utf-8"), frozenset(reads)

    def template_digest(self, name: str) -> str:
        """Digest of a template and every template it extends, includes or imports."""
        digest = self.closures.get(name)
        if digest is None:
            h = hashlib.blake2b(digest_size=12)
            for dep in sorted(self._dependencies(name, set())):
                source = self.env.loader.get_source(self.env, dep)[0]
                h.update(dep.encode() + b"\0" + source.encode() + b"\0")
            digest = self.closures[name] = h.hexdigest()
        return digest

    def _dependencies(self, name: str, seen: set[str]) -> set[str]:
        if name in seen:
            return seen
        seen.add(name)
        source, filename, _ = self.env.loader.get_source(self.env, name)
        for ref in jinja2.meta.find_referenced_templates(self.env.parse(source, name, filename)):
            if ref is None:  # a computed name: depend on every template
                for other in self.env.list_templates():
                    seen.add(other)
            else:
                self._dependencies(ref, seen)
        return seen


def templates_digest(env: jinja2.Environment) -> str:
    """One read of every template the environment can load: while this digest is unchanged,
    so is every template's closure, which costs a parse of each to find."""
    h = hashlib.blake2b(digest_size=12)
    for name in env.list_templates():
        source = env.loader.get_source(env, name)[0]
        h.update(name.encode() + b"\0" + source.encode() + b"\0")
    return h.hexdigest()
