"""Page → bytes, through the theme's templates. Pure: nothing here touches output/."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import jinja2
import jinja2.meta

from .index import Site
from .plan import Page
from .urls import depth_of


class Renderer:
    def __init__(self, env: jinja2.Environment, site: Site):
        self.env = env
        self.site = site
        self._closures: dict[str, str] = {}

    def render(self, page: Page) -> bytes:
        root = self.site.config.base_path if page.kind == "404" else "../" * depth_of(page.url)
        context = {
            "site": self.site, "page": page, "root": root, "page_url": page.url,
            "canonical": self.site.urls.absolute(page.url), **page.context,
        }
        return self.env.get_template(page.template).render(context).encode("utf-8")

    def template_digest(self, name: str) -> str:
        """Digest of a template and every template it extends, includes or imports."""
        digest = self._closures.get(name)
        if digest is None:
            h = hashlib.blake2b(digest_size=12)
            for dep in sorted(self._dependencies(name, set())):
                source = self.env.loader.get_source(self.env, dep)[0]
                h.update(dep.encode() + b"\0" + source.encode() + b"\0")
            digest = self._closures[name] = h.hexdigest()
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


RenderFn = Callable[[Page], bytes]
