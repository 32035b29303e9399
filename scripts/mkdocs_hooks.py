"""MkDocs hooks: the only module of the project that imports mkdocs.

The corpus is loaded and the front end (``scripts/web``) bundled in ``on_config``, which
MkDocs runs before it cleans ``site_dir`` (``on_config`` → ``on_pre_build`` → clean →
``on_files``), so a bad corpus stops the build with every bad file named and leaves an
existing site folder untouched. The pages and bundles are added in memory in ``on_files``;
nothing is ever written into ``docs/``.

The corpus folder is ``extra.fanwen.corpus`` of mkdocs.yml (``!ENV [FANWEN_CORPUS, corpus]``),
relative to the folder of mkdocs.yml unless absolute.

Generated pages whose front matter says ``fanwen: html`` (exemplar pages) are HTML already:
their body skips Markdown and goes into the page as it is (``on_page_markdown`` keeps it,
``on_page_content`` puts it back), which keeps exemplar text away from Markdown and keeps the
build linear. Any other value of ``fanwen:`` stops the build. Material's search plugin stays
for its search box, but its own index (jieba over every page) is never built: the index in
pieces of ``fanwen.render.search_index`` replaces it after the build.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from fanwen.analyze.snippets import default_library
from fanwen.corpus import load_corpus
from fanwen.errors import CorpusError, InputError
from fanwen.render.frontend import bundles
from fanwen.render.markup import anchor_ids, html_path
from fanwen.render.pages import nav, page_path, site_pages
from fanwen.render.search_index import write_index

DEFAULT_CORPUS = "corpus"
HTML_MARK = "html"  # front matter ``fanwen: html``: the page body is HTML, not Markdown
_pages: dict[str, str] = {}  # generated pages of the current build, by path among the docs
_assets: dict[str, bytes] = {}  # the front end's bundles (scripts/web), by path in the site
_html: dict[str, str] = {}  # bodies of ``fanwen: html`` pages between markdown and content
_sites: dict[str, str] = {}  # each exemplar page's source site, for the copying check's index


class _NoSearchIndex:
    """Stands in for Material's search index, which this site replaces after the build."""

    def add_entry_from_context(self, page: Page) -> None:
        """Material would read and segment the whole page here; nothing to do."""

    def generate_search_index(self, prev: object) -> str:
        return "{}"


def corpus_dir(config: MkDocsConfig) -> Path:
    """The corpus folder named in ``extra.fanwen.corpus``, next to mkdocs.yml by default."""
    setting = (config.extra.get("fanwen") or {}).get("corpus") or DEFAULT_CORPUS
    path = config.config_file_path
    base = Path(path).resolve().parent if path else Path.cwd()
    return base / setting


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    folder = corpus_dir(config)
    _pages.clear()
    _assets.clear()
    try:
        exemplars = load_corpus(folder)
        library = default_library()  # the section templates of snippets/, for role pages
    except CorpusError as err:
        message = f"范文: the corpus {folder} cannot be built, nothing was written.\n{err}"
        raise PluginError(message) from None
    try:
        _assets.update(bundles())
    except InputError as err:
        raise PluginError(
            f"范文: the front end cannot be built, nothing was written.\n{err}"
        ) from None
    _pages.update(site_pages(exemplars, library))
    _sites.clear()
    _sites.update(
        {html_path(page_path(ex)): ex.meta.source_site for ex in exemplars if ex.meta.source_site}
    )
    if not config.nav:
        config.nav = nav(library, _pages)
    search = config.plugins.get("material/search")
    if search is not None and hasattr(search, "search_index"):
        search.search_index = _NoSearchIndex()
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, content in {**_pages, **_assets}.items():
        if files.get_file_from_path(path) is not None:
            raise PluginError(f"范文: docs/{path} would hide the generated file; remove it")
        files.append(File.generated(config, path, content=content))
    return files


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: object) -> LiveReloadServer:
    """Reload on corpus changes also when FANWEN_CORPUS points away from the watched default."""
    folder = corpus_dir(config).resolve()
    if folder.is_dir() and str(folder) not in config.watch:
        server.watch(str(folder))
    return server


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    mark = page.meta.get("fanwen")
    if mark is None:
        return markdown
    if mark != HTML_MARK:
        raise PluginError(f"范文: {page.file.src_uri}: unknown front matter fanwen: {mark!r}")
    _html[page.file.src_uri] = markdown
    return ""


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.src_uri not in _html:
        return html
    body = _html.pop(page.file.src_uri)
    page.present_anchor_ids = anchor_ids(body)  # links into the page are checked as usual
    return body


@event_priority(-100)  # after Material's search plugin has written its index
def on_post_build(config: MkDocsConfig) -> None:
    """Exact search: the index in pieces under search/ (fanwen.render.search_index), pages
    in the order they were generated."""
    order = [html_path(path) for path in _pages if path.endswith(".md")]
    write_index(Path(config.site_dir), order, _sites)
