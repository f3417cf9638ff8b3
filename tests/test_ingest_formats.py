"""Ingest formats: .txt .md .html .json .jsonl and their .gz forms, metadata and its precedence."""
from __future__ import annotations

import codecs
import gzip
import json
import re
from pathlib import Path

import pytest

from pipeline.ingest import (ERRORS, FORMATS, Document, InputError, NewsFolder, discover, extract_html,
                             input_format)

REPO = Path(__file__).resolve().parent.parent
HEADLINE = "Kenya suspends sugar import duty"
BODY = "Kenya suspended its import duty on sugar until August 31, 2025, the treasury said on Tuesday."
TEXT = f"{HEADLINE}\n\n{BODY}\n\nMillers welcomed the decision, which they said would lower prices."
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Kenya suspends sugar import duty | Nairobi Trade Post</title>
<meta property="og:title" content="Kenya suspends sugar import duty">
<meta property="og:site_name" content="Nairobi Trade Post">
<meta property="article:published_time" content="2025-03-04T08:30:00+03:00">
<link rel="canonical" href="https://tradepost.example/kenya-sugar">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/markets">Markets section</a></li></ul></nav>
<main><article><h1>Kenya suspends sugar import duty</h1>
<p>{body}</p>
<p>Millers welcomed the decision, which they said would lower prices for households and bakers across the country.</p>
<p>The treasury said the suspension would be reviewed before it ends, and that importers must register with the sugar directorate.</p>
</article></main>
<footer><p>Copyright Nairobi Trade Post. Cookie settings and privacy policy.</p></footer>
</body></html>"""


def read(pipeline_obj, tmp_path: Path, files: dict) -> tuple[list, NewsFolder]:
    """Every item NewsFolder yields for a folder made of `files` ({relative name: str or bytes})."""
    news = tmp_path / "news"
    for name, content in files.items():
        path = news / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    folder = NewsFolder(news, pipeline_obj.ingestor)
    return list(folder), folder


def one(pipeline_obj, tmp_path, files: dict, name: str):
    items, _ = read(pipeline_obj, tmp_path, files)
    [item] = [i for i in items if i.path == name]
    return item


def front(**meta) -> str:
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in meta.items()) + "---\n"


# --------------------------------------------------------------------------- suffixes

@pytest.mark.parametrize("name,fmt", [
    ("a.txt", "text"), ("a.md", "markdown"), ("a.markdown", "markdown"), ("a.html", "html"), ("a.HTM", "html"),
    ("a.json", "json"), ("a.jsonl", "jsonl"), ("a.txt.gz", "text"), ("a.jsonl.gz", "jsonl"),
    ("a.pdf", None), ("a", None), ("a.meta.json", None), ("a.tar.gz", None),
], ids=lambda v: str(v))
def test_input_format_from_the_suffix(name, fmt):
    assert input_format(name) == fmt


# --------------------------------------------------------------------------- plain text and markdown

def test_txt_is_one_document_with_the_file_stem_as_id(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"kenya.txt": TEXT}, "kenya.txt")
    assert (doc.id, doc.title, doc.line, doc.published_from) == ("kenya", HEADLINE, None, "none")


def test_markdown_markup_is_stripped(pipeline_obj, tmp_path):
    md = (f"# {HEADLINE}\n\n*Sugar* prices **fell**, said the [treasury](https://t.example/x).\n\n"
          f"![a photo](p.jpg)\n\n- first point\n- second point\n\n> {BODY}\n\n---\n\n`code` end")
    doc = one(pipeline_obj, tmp_path, {"kenya.md": md}, "kenya.md")
    assert doc.text == (f"{HEADLINE}\n\nSugar prices fell, said the treasury.\n\nfirst point\nsecond point\n\n"
                        f"{BODY}\n\ncode end")


def test_markdown_heading_is_the_title(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"k.md": f"Intro line that is long enough.\n\n# {HEADLINE}\n\n{BODY}"}, "k.md")
    assert doc.title == HEADLINE


@pytest.mark.parametrize("name", ["kenya.md", "kenya.txt"])
def test_front_matter_gives_metadata(pipeline_obj, tmp_path, name):
    head = front(title='"Sugar duty suspended"', outlet="Nairobi Trade Post", url="https://t.example/k",
                 published="2025-03-04")
    doc = one(pipeline_obj, tmp_path, {name: head + TEXT}, name)
    assert (doc.title, doc.outlet, doc.url, doc.published, doc.published_from) == \
        ("Sugar duty suspended", "Nairobi Trade Post", "https://t.example/k", "2025-03-04", "metadata")


def test_front_matter_is_not_article_text(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"k.md": front(outlet="Post", published="2025-03-04") + TEXT}, "k.md")
    assert doc.text == TEXT


def test_front_matter_id_is_the_article_id(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"k.md": front(id="kenya-sugar-2025") + TEXT}, "k.md")
    assert doc.id == "kenya-sugar-2025"


def test_front_matter_date_beats_the_dateline(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"k.txt": front(published="2025-03-04") + "Published: 9 May 2025\n" + TEXT},
              "k.txt")
    assert (doc.published, doc.published_from) == ("2025-03-04", "metadata")


def test_dateline_is_used_without_metadata(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"k.txt": "Published: 9 May 2025\n" + TEXT}, "k.txt")
    assert (doc.published, doc.published_from) == ("2025-05-09", "dateline")


def test_unknown_front_matter_key_is_a_warning(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"k.md": front(publised="2025-03-04") + TEXT}, "k.md")
    assert any("publised" in w for w in doc.warnings)


def test_a_leading_rule_without_keys_is_text_not_front_matter(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"k.txt": f"---\nBREAKING\n---\n{TEXT}"}, "k.txt")
    assert isinstance(doc, Document) and "BREAKING" in doc.text


def test_front_matter_with_a_broken_line_is_bad_metadata(pipeline_obj, tmp_path):
    err = one(pipeline_obj, tmp_path, {"k.md": f"---\noutlet: Post\npublished 2025-03-04\n---\n{TEXT}"}, "k.md")
    assert (type(err), err.error, "line 3" in err.detail) == (InputError, "bad_metadata", True)


# --------------------------------------------------------------------------- sidecars

def test_sidecar_gives_metadata(pipeline_obj, tmp_path):
    side = json.dumps({"outlet": "Nairobi Trade Post", "published": "2025-03-04", "url": "https://t.example/k"})
    doc = one(pipeline_obj, tmp_path, {"k.txt": TEXT, "k.meta.json": side}, "k.txt")
    assert (doc.outlet, doc.url, doc.published, doc.published_from) == \
        ("Nairobi Trade Post", "https://t.example/k", "2025-03-04", "metadata")


def test_sidecar_is_not_an_article(pipeline_obj, tmp_path):
    items, folder = read(pipeline_obj, tmp_path, {"k.txt": TEXT, "k.meta.json": json.dumps({"outlet": "Post"})})
    assert ([i.path for i in items], folder.tally.files) == (["k.txt"], 1)


def test_sidecar_beats_front_matter_and_dateline(pipeline_obj, tmp_path):
    files = {"k.md": front(published="2025-01-02", outlet="Front") + "Published: 9 May 2025\n" + TEXT,
             "k.meta.json": json.dumps({"published": "2025-03-04"})}
    doc = one(pipeline_obj, tmp_path, files, "k.md")
    assert (doc.published, doc.published_from, doc.outlet) == ("2025-03-04", "metadata", "Front")


def test_sidecar_of_a_gzipped_file(pipeline_obj, tmp_path):
    files = {"k.txt.gz": gzip.compress(TEXT.encode()), "k.meta.json": json.dumps({"published": "2025-03-04"})}
    assert one(pipeline_obj, tmp_path, files, "k.txt.gz").published == "2025-03-04"


def test_sidecar_beats_html_page_metadata(pipeline_obj, tmp_path):
    files = {"k.html": PAGE.format(body=BODY), "k.meta.json": json.dumps({"outlet": "Syndicated Wire"})}
    doc = one(pipeline_obj, tmp_path, files, "k.html")
    assert (doc.outlet, doc.published) == ("Syndicated Wire", "2025-03-04")


@pytest.mark.parametrize("sidecar", ["{not json", "[1, 2]", ""], ids=["not-json", "a-list", "empty"])
def test_broken_sidecar_rejects_its_article(pipeline_obj, tmp_path, sidecar):
    err = one(pipeline_obj, tmp_path, {"k.txt": TEXT, "k.meta.json": sidecar}, "k.txt")
    assert (type(err), err.error, "k.meta.json" in err.detail) == (InputError, "bad_metadata", True)


# --------------------------------------------------------------------------- html

@pytest.fixture(scope="module")
def page_doc(pipeline_obj, tmp_path_factory):
    return one(pipeline_obj, tmp_path_factory.mktemp("page"), {"kenya.html": PAGE.format(body=BODY)}, "kenya.html")


def test_html_metadata_comes_from_the_page(page_doc):
    assert (page_doc.title, page_doc.outlet, page_doc.url, page_doc.published, page_doc.published_from) == \
        (HEADLINE, "Nairobi Trade Post", "https://tradepost.example/kenya-sugar", "2025-03-04", "metadata")


def test_html_keeps_the_article_text(page_doc):
    assert page_doc.text.startswith(f"{HEADLINE}\n{BODY}")


@pytest.mark.parametrize("chrome", ["Home", "Markets section", "Cookie settings", "Copyright"])
def test_html_drops_page_chrome(page_doc, chrome):
    assert chrome not in page_doc.text


def test_html_fragment_is_read(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"frag.html": f"<p>{BODY}</p>"}, "frag.html")
    assert doc.text == BODY


def test_html_without_date_metadata_uses_the_dateline(pipeline_obj, tmp_path):
    page = f"<html><body><article><p>Published: 9 May 2025</p><h1>{HEADLINE}</h1><p>{BODY}</p></article></body></html>"
    doc = one(pipeline_obj, tmp_path, {"k.html": page}, "k.html")
    assert (doc.published, doc.published_from) == ("2025-05-09", "dateline")


def test_htmldate_is_the_date_fallback(monkeypatch):
    import trafilatura

    real = trafilatura.bare_extraction

    def without_date(*args, **kwargs):
        result = real(*args, **kwargs)
        if isinstance(result, dict):  # trafilatura 1.x
            result["date"] = None
        else:
            result.date = None
        return result

    monkeypatch.setattr(trafilatura, "bare_extraction", without_date)
    assert extract_html(PAGE.format(body=BODY).encode())["published"] == "2025-03-04"


# --------------------------------------------------------------------------- json and jsonl

ARTICLE = {"id": "kenya-sugar", "title": HEADLINE, "text": BODY, "url": "https://t.example/k",
           "outlet": "Nairobi Trade Post", "published": "2025-03-04"}


def test_json_article_fields(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"a.json": json.dumps(ARTICLE)}, "a.json")
    assert (doc.id, doc.title, doc.url, doc.outlet, doc.published, doc.published_from, doc.line) == \
        ("kenya-sugar", HEADLINE, "https://t.example/k", "Nairobi Trade Post", "2025-03-04", "metadata", None)


def test_json_title_heads_the_text(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"a.json": json.dumps(ARTICLE)}, "a.json")
    assert doc.text == f"{HEADLINE}\n\n{BODY}"


def test_json_without_id_takes_the_file_stem(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"a.json": json.dumps({"text": BODY, "id": 17})}, "a.json")
    assert doc.id == "17"


def test_json_extra_fields_are_ignored(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"a.json": json.dumps({"text": BODY, "crawl_time": 1, "lang": "en"})}, "a.json")
    assert (doc.id, [w for w in doc.warnings if "crawl_time" in w]) == ("a", [])


@pytest.fixture(scope="module")
def jsonl_items(pipeline_obj, tmp_path_factory):
    lines = [json.dumps(ARTICLE), "", json.dumps({"text": "Chile capped lithium exports at 200,000 tonnes a year."})]
    items, _ = read(pipeline_obj, tmp_path_factory.mktemp("jsonl"), {"dump.jsonl": "\n".join(lines) + "\n"})
    return items


def test_jsonl_ids_come_from_the_id_field_or_the_line(jsonl_items):
    assert [d.id for d in jsonl_items] == ["kenya-sugar", "dump-3"]


def test_jsonl_line_numbers_count_blank_lines(jsonl_items):
    assert [(d.path, d.line) for d in jsonl_items] == [("dump.jsonl", 1), ("dump.jsonl", 3)]


def test_jsonl_published_is_metadata(jsonl_items):
    assert (jsonl_items[0].published, jsonl_items[0].published_from) == ("2025-03-04", "metadata")


# --------------------------------------------------------------------------- gzip

@pytest.mark.parametrize("name,content", [
    ("k.txt", TEXT), ("k.md", front(published="2025-03-04") + TEXT), ("k.json", json.dumps(ARTICLE)),
    ("k.html", PAGE.format(body=BODY)),
], ids=["txt", "md", "json", "html"])
def test_gzip_gives_the_same_document(pipeline_obj, tmp_path, name, content):
    plain = one(pipeline_obj, tmp_path / "plain", {name: content}, name)
    packed = one(pipeline_obj, tmp_path / "packed", {name + ".gz": gzip.compress(content.encode())}, name + ".gz")
    assert (packed.text, packed.published, packed.sha256) == (plain.text, plain.published, plain.sha256)


def test_gzip_jsonl(pipeline_obj, tmp_path):
    items, _ = read(pipeline_obj, tmp_path, {"d.jsonl.gz": gzip.compress((json.dumps(ARTICLE) + "\n").encode())})
    assert [(d.id, d.path, d.line) for d in items] == [("kenya-sugar", "d.jsonl.gz", 1)]


# --------------------------------------------------------------------------- metadata dates

@pytest.mark.parametrize("value,published", [
    ("2025-03-04", "2025-03-04"), ("2025-03", "2025-03"), ("2025", "2025"),
    ("2025-03-04T08:30:00Z", "2025-03-04"), ("2025-03-04 08:30:00+03:00", "2025-03-04"),
    ("4 March 2025", "2025-03-04"), ("March 2025", "2025-03"),
], ids=lambda v: v)
def test_metadata_date_forms(pipeline_obj, value, published):
    assert pipeline_obj.ingestor.metadata_date(value) == published


@pytest.mark.parametrize("value", ["soon", "2025-13-40", "yesterday", "N/A"])
def test_metadata_date_that_is_not_a_date_is_ignored_with_a_warning(pipeline_obj, tmp_path, value):
    doc = one(pipeline_obj, tmp_path, {"a.json": json.dumps({"text": "Published: 9 May 2025\n" + TEXT,
                                                              "published": value})}, "a.json")
    assert (doc.published, doc.published_from, any("not a date" in w for w in doc.warnings)) == \
        ("2025-05-09", "dateline", True)


# --------------------------------------------------------------------------- decoding

def test_windows_1252_text_is_decoded(pipeline_obj, tmp_path):
    raw = f"{HEADLINE}\n\nThe ministry\u2019s \u201cinterim\u201d duty \u2013 caf\u00e9 owners said.".encode("cp1252")
    doc = one(pipeline_obj, tmp_path, {"k.txt": raw}, "k.txt")
    assert ("\u2019s \u201cinterim\u201d duty \u2013 caf\u00e9" in doc.text, doc.warnings[0]) == \
        (True, "not UTF-8: decoded as Windows-1252")


def test_utf16_with_bom_is_decoded(pipeline_obj, tmp_path):
    doc = one(pipeline_obj, tmp_path, {"k.txt": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")}, "k.txt")
    assert doc.text == TEXT


# --------------------------------------------------------------------------- discovery and ids

def test_discovery_skips_readme_hidden_files_and_the_output_folder(tmp_path):
    news = tmp_path / "news"
    for name in ["a.txt", "README.md", ".DS_Store", ".git/config", "out/articles.jsonl", "sub/b.md"]:
        (news / name).parent.mkdir(parents=True, exist_ok=True)
        (news / name).write_text("x")
    assert [p.relative_to(news).as_posix() for p in discover(news, exclude=[news / "out"])] == ["a.txt", "sub/b.md"]


def test_discovery_order_is_sorted_by_path(tmp_path):
    for name in ["b.txt", "a/z.txt", "a.txt", "C.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)] == ["C.txt", "a.txt", "a/z.txt", "b.txt"]


def test_a_taken_id_is_renamed_with_a_warning(pipeline_obj, tmp_path):
    items, _ = read(pipeline_obj, tmp_path, {"a/kenya.txt": TEXT, "b/kenya.txt": TEXT + "\nA different ending."})
    assert ([d.id for d in items], "renamed 'kenya-2'" in items[1].warnings[-1]) == (["kenya", "kenya-2"], True)


# --------------------------------------------------------------------------- the shipped corpus

CORPUS = REPO / "corpus"


def test_corpus_shows_every_format(pipeline_obj):
    used = {input_format(p) for p in discover(CORPUS)} | {"gzip" for p in discover(CORPUS) if p.suffix == ".gz"}
    assert used >= set(FORMATS.values()) | {"gzip"}


def test_corpus_has_a_sidecar_and_front_matter():
    assert list(CORPUS.glob("*.meta.json")) and any(p.read_text("utf-8").startswith("---\n") for p in CORPUS.glob("*.md"))


def test_corpus_reads_without_rejections(pipeline_obj):
    folder = NewsFolder(CORPUS, pipeline_obj.ingestor)
    assert [(i.path, i.error, i.detail) for i in folder if isinstance(i, InputError)] == []


def test_every_corpus_article_has_a_gold_file(pipeline_obj):
    ids = {d.id for d in NewsFolder(CORPUS, pipeline_obj.ingestor)}
    gold = {p.stem for p in (REPO / "tests" / "gold" / "corpus").glob("*.json")} - {"reconciled"}
    assert sorted(ids ^ gold) == []


@pytest.mark.parametrize("code", sorted(ERRORS))
def test_corpus_readme_documents_every_error_code(code):
    assert re.search(rf"`{code}`", (CORPUS / "README.md").read_text(encoding="utf-8"))
