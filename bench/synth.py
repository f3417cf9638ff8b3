"""Synthetic news corpus for benchmarks: varied article shapes, realistic entity density.

Each article tells one story (an imposer, a measure, products, a target, dates, a rate)
in paragraphs of two or three sentences drawn from many templates: a lead, background,
market reaction, quotes, figures, a reaction from the target, a hedged outlook. Slots are
filled from the shipped rule files (countries, demonyms, capitals, agencies with their
own jurisdiction, products) and from small lists of names, firms and numbers, so no two
articles share their text and the rulers see the density of real trade news (about 18
entities per 100 words, 4-6 measure mentions per 500-word article, like the sample
corpus and the seeds).

Like a real news folder, the corpus mixes formats (`.txt` with and without a sidecar,
`.md` with front matter, `.json`, `.jsonl` dumps), syndicated rewrites of an earlier
story (near-duplicates for `dedupe`) and a few byte-identical copies. Deterministic for
a given seed.

    python bench/synth.py OUT_DIR --articles 5000
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
OUTLETS = ["Global Trade Wire", "Commodity Ledger", "Harbour Post", "Business Daily", "Markets Brief",
           "Trade Policy Monitor", "Asia Markets Journal", "Continental Herald", "Port & Freight", "Metals Weekly"]
FIRST = ["Maria", "James", "Li", "Priya", "Ahmed", "Sofia", "Kenji", "Olga", "Daniel", "Amara", "Lucas", "Fatima",
         "Tomasz", "Ana", "Rahul", "Grace", "Mehmet", "Elena", "Samuel", "Nadia"]
LAST = ["Okafor", "Schmidt", "Tanaka", "Fernandes", "Novak", "Haddad", "Kowalski", "Lindqvist", "Moreau", "Costa",
        "Ibrahim", "Petrov", "Nakamura", "Rossi", "Mensah", "Alvarez", "Kaur", "Brennan", "Yilmaz", "Dubois"]
FIRMS = ["Northgate Capital", "Meridian Research", "Harbourview Analytics", "Crestline Securities", "Atlas Commodities",
         "Bluewater Advisory", "Summit Economics", "Pinecrest Partners", "Redfield Consulting", "Ironbridge Markets"]
ROLES = ["an analyst at", "chief economist at", "a senior trader at", "head of research at", "a partner at",
         "a commodities strategist at"]
GROUPS = ["exporters' association", "chamber of commerce", "producers' federation", "importers' council",
          "farmers' union", "steel industry group", "shipping association", "manufacturers' alliance"]
COMPANY_SUFFIX = ["Holdings", "Industries", "Mining", "Metals", "Agro", "Group", "Resources", "Trading"]

# The measure of a story: the phrase outlets use, and whether a rate fits it.
MEASURES = [("export ban", False), ("export controls", False), ("export duty", True), ("tariffs", True),
            ("anti-dumping duties", True), ("import quota", False), ("countervailing duties", True),
            ("export restrictions", False), ("import ban", False), ("export licensing requirements", False),
            ("safeguard duties", True), ("import tariff", True)]
ACTIONS = {  # action -> (past, present third person, base, noun phrase)
    "impose": ("imposed", "imposes", "impose", "imposition"),
    "lift": ("lifted", "lifts", "lift", "lifting"),
    "suspend": ("suspended", "suspends", "suspend", "suspension"),
    "extend": ("extended", "extends", "extend", "extension"),
    "raise": ("raised", "raises", "raise", "increase"),
    "reduce": ("cut", "cuts", "cut", "reduction"),
    "postpone": ("postponed", "postpones", "postpone", "postponement"),
}
ACTION_WEIGHTS = [("impose", 30), ("lift", 12), ("suspend", 12), ("extend", 12), ("raise", 14), ("reduce", 10),
                  ("postpone", 10)]
DURATIONS = ["90 days", "six months", "a year", "three months", "two years", "30 days", "until further notice"]


@dataclass
class Vocabulary:
    countries: list[tuple[str, str, Optional[str]]]  # (code, name, demonym)
    agencies: dict[str, list[str]]  # jurisdiction code -> agency names
    products: list[str]


def _string_patterns(path: Path, label: str) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("//"):
            continue  # (a comment line, as the rule loader allows)
        row = json.loads(line)
        if row["label"] == label and isinstance(row["pattern"], str) and row["pattern"][:1].isalpha():
            out.append((row["pattern"], row["id"]))
    return out


def load_vocabulary(patterns: Path) -> Vocabulary:
    """Names from the rule files: the first pattern of a jurisdiction is its name, the
    next one ending like a demonym its adjective; agencies keep their jurisdiction."""
    by_code: dict[str, list[str]] = {}
    for pattern, code in _string_patterns(patterns / "jurisdictions.jsonl", "JURISDICTION"):
        by_code.setdefault(code, []).append(pattern)
    countries = []
    for code, names in by_code.items():
        if len(code) != 2 or not names[0][0].isupper():
            continue
        demonym = next((n for n in names[1:] if n.endswith(("an", "ese", "ish", "i", "ic", "ch")) and " " not in n),
                       None)
        countries.append((code, names[0], demonym))
    agencies: dict[str, list[str]] = {}
    for pattern, aid in _string_patterns(patterns / "agencies.jsonl", "AGENCY"):
        if len(pattern) > 6 and pattern[0].isupper():
            agencies.setdefault(aid.split("-")[0], [])
            if pattern not in agencies[aid.split("-")[0]]:
                agencies[aid.split("-")[0]].append(pattern)
    seen, products = set(), []
    for pattern, pid in _string_patterns(patterns / "products.jsonl", "PRODUCT"):
        if pid not in seen and pattern == pid and pattern.islower():
            seen.add(pid)
            products.append(pattern)
    return Vocabulary(countries, agencies, products or ["steel"])


class Story:
    """The facts of one article, and the sentences that report them."""

    def __init__(self, rng: random.Random, vocab: Vocabulary):
        self.rng = rng
        r = rng
        # imposers with an agency in the rules get more stories, as in real news
        with_agency = [c for c in vocab.countries if c[0] in vocab.agencies]
        self.imposer = r.choice(with_agency if with_agency and r.random() < 0.7 else vocab.countries)
        self.target = r.choice([c for c in vocab.countries if c[0] != self.imposer[0]])
        self.agency = r.choice(vocab.agencies[self.imposer[0]]) if self.imposer[0] in vocab.agencies else None
        self.products = r.sample(vocab.products, r.choice([1, 1, 2, 2, 3]))
        self.measure, self.has_rate = r.choice(MEASURES)
        self.action = r.choices([a for a, _ in ACTION_WEIGHTS], [w for _, w in ACTION_WEIGHTS])[0]
        self.year = r.choice([2021, 2022, 2023, 2024, 2025])
        self.month = r.randrange(12)
        self.day = r.randint(1, 28)
        self.effective = (self.month + r.choice([0, 1, 1, 2, 3])) % 12
        self.rate = r.choice([5, 7.5, 10, 12, 15, 20, 25, 30, 35, 40, 50, 100])
        self.previous = r.choice([0, 5, 10, 15, 20, 25])
        self.weekday = r.choice(WEEKDAYS)
        self.duration = r.choice(DURATIONS)
        self.company = f"{r.choice(LAST)} {r.choice(COMPANY_SUFFIX)}"

    # ---- slot values

    def name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def who(self) -> str:
        return f"{self.name()}, {self.rng.choice(ROLES)} {self.rng.choice(FIRMS)}"

    def products_phrase(self) -> str:
        p = self.products
        return p[0] if len(p) == 1 else ", ".join(p[:-1]) + " and " + p[-1]

    def adj(self, country) -> str:
        return country[2] or country[1]

    def date(self, month: Optional[int] = None, year_offset: int = 0) -> str:
        m = self.month if month is None else month
        day = self.rng.randint(1, 28)
        year = self.year + year_offset + (1 if month is not None and month < self.month else 0)
        return self.rng.choice([f"{MONTHS[m]} {day}, {year}", f"{day} {MONTHS[m]} {year}", f"{MONTHS[m]} {day}"])

    def published(self) -> str:
        return f"{self.year}-{self.month + 1:02d}-{self.day:02d}"

    def fill(self, template: str) -> str:
        r = self.rng
        past, present, base, noun = ACTIONS[self.action]
        values = {
            "imposer": self.imposer[1], "imposer_adj": self.adj(self.imposer), "target": self.target[1],
            "target_adj": self.adj(self.target), "agency": self.agency or f"the {self.adj(self.imposer)} government",
            "products": self.products_phrase(), "product": self.products[0], "measure": self.measure,
            "past": past, "present": present, "base": base, "noun": noun, "weekday": self.weekday,
            "date": self.date(), "effective": self.date(self.effective), "month": MONTHS[self.month],
            "year": self.year, "last_year": self.year - 1, "prev_month": MONTHS[(self.month - r.randint(2, 10)) % 12],
            "rate": _num(self.rate), "previous": _num(self.previous), "duration": self.duration,
            "who": self.who(), "name": self.name(), "firm": r.choice(FIRMS), "group": r.choice(GROUPS),
            "company": self.company, "pct": r.choice([1.2, 2, 2.5, 3.1, 4, 5.5, 6, 8, 11, 14]),
            "big": r.choice([120, 250, 400, 650, 900, 1.2, 1.8, 2.4, 3.5]),
            "tonnes": r.choice([50, 120, 300, 750, 1500]),
            "price": r.choice([310, 450, 620, 880, 1240, 2100]), "weeks": r.choice(["two", "three", "four", "six"]),
            "n": r.randint(3, 40), "quarter": r.choice(["first", "second", "third", "fourth"]),
            "other": r.choice(self.all_products), "third": r.choice(self.all_countries)[1],
        }
        return template.format(**values)

    all_products: list[str] = []
    all_countries: list = []


def _num(x) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


HEADLINES = [
    "{imposer} {present} {measure} on {product}",
    "{imposer_adj} {product} {measure} {past}",
    "{imposer} {present} {measure} on {product} from {target}",
    "{agency} {present} {measure} on {products}",
    "{product} traders brace as {imposer} {present} {measure}",
    "{imposer} moves on {product} trade with {target}",
    "Exporters of {product} face {measure} in {imposer}",
    "{imposer} to {base} {measure} on {product} imports",
]
DATELINES = [
    "Published: {pub_long}", "Updated: {pub_long}", "{pub_long}", "Posted on {pub_long}",
    "{pub_short} - {outlet}", "Last updated {pub_long} 09:15 GMT",
]
LEADS = [
    "{imposer} {past} {measure} on {products} from {target}, the {agency} said on {weekday}.",
    "The {agency} said on {weekday} it would {base} {measure} on {products}, with effect from {effective}.",
    "{imposer} has {past} its {measure} on {products}, according to a notice published by the {agency} on {date}.",
    "On {date}, {imposer} {past} {measure} on imports of {products} from {target}.",
    "{agency} announced the {noun} of {measure} on {products} on {weekday}, a move traders had expected for weeks.",
    "{imposer_adj} authorities {past} {measure} on {products} on {date}, the {agency} said in a statement.",
]
RATE_LINES = [
    "The rate rises to {rate}% from {previous}%, the statement said.",
    "Shipments will face a rate of {rate}%, up from {previous}% previously.",
    "The {measure} will be set at {rate}% and apply from {effective}.",
    "Under the new schedule the duty on {product} will be {rate}% until {effective}.",
]
NO_RATE_LINES = [
    "The measure takes effect on {effective} and will remain in place for {duration}.",
    "Exporters will need a licence for every shipment of {product} from {effective}.",
    "The {measure} will last {duration}, the notice said, and may be reviewed before it expires.",
    "Contracts signed before {date} will be honoured, officials said.",
    "The {agency} said the {measure} on {product} would apply from {effective}.",
]
BACKGROUND = [
    "The {measure}, first introduced in {prev_month} {last_year}, had been criticised by {target_adj} exporters.",
    "{imposer} first {past} {measure} on {product} in {prev_month} {last_year} after a poor harvest and rising prices.",
    "The decision follows a review that began in {prev_month} {last_year}, when the {group} petitioned the government.",
    "It is the {n}th change to the rules on {product} since {last_year}, according to a count by {firm}.",
    "{target} had asked for WTO consultations over the measure in {prev_month} {last_year}.",
    "The previous {noun} of the {measure} expired in {prev_month}, leaving traders uncertain for {weeks} weeks.",
]
MARKET = [
    "Prices of {product} rose {pct}% in {target} after the announcement, to about ${price} a tonne.",
    "Shares of {company} fell {pct}% in early trading before recovering some of their losses.",
    "Benchmark {other} futures were little changed, while freight rates on the route climbed {pct}%.",
    "{imposer} shipped about {tonnes},000 tonnes of {product} last year, worth roughly ${big} billion.",
    "Port operators in {target} reported queues of up to {n} vessels as importers rushed to bring in cargo.",
    "Traders said about {tonnes},000 tonnes already at sea would be cleared under the previous rules.",
    "Wholesale buyers in {third} said they had secured supplies for the {quarter} quarter at around ${price} a tonne.",
    "The {group} estimated that the change would cost members about ${big} million a year.",
]
QUOTES = [
    "\"We will study the details carefully before deciding on {product} shipments to {target},\" said {who}.",
    "\"The {product} market in {third} had priced in most of this already,\" said {who}.",
    "\"This is a signal that the government wants to keep more {product} at home,\" said {who}.",
    "\"Buyers in {target} will look for other suppliers within {weeks} weeks,\" {who} said.",
    "{name}, a spokesperson for the {group}, said members had not been consulted.",
    "\"We expect the impact on {imposer_adj} prices to be modest until {effective},\" said {who}.",
]
SECONDARY = [
    "{target} {past} {measure} on {other} from {imposer} in {prev_month}, the {group} said.",
    "Earlier this year {third} {past} similar {measure} on {other}.",
    "{imposer} also {past} {measure} on {other} last month, citing a shortage at home.",
    "The {agency} {past} a separate {measure} on {other} from {target} on {date}.",
    "{target} {past} its {measure} on {product} from {imposer} in {prev_month} {last_year}.",
    "In {prev_month}, {third} {past} {measure} on {product} imports for {duration}.",
]
REACTION = [
    "{target} said it would consider its response, including {measure} on {other}.",
    "The {target_adj} trade ministry said it regretted the decision and urged talks.",
    "Officials from {imposer} and {target} are due to meet again in the {quarter} quarter.",
    "{target_adj} officials said the step breached commitments made under a bilateral agreement.",
    "{third} and {target} said they would coordinate their response at the next ministerial meeting.",
]
OUTLOOK = [
    "{imposer} could also consider {measure} on {other} if domestic supply tightens further, officials said.",
    "Analysts expect the {measure} to be reviewed before the end of {year}.",
    "The government may extend the rules beyond {effective}, two people familiar with the matter said.",
    "Economists at {firm} said inflation would rise by about {pct} percentage points if the measure stays.",
    "The ministry did not respond to a request for comment outside business hours.",
    "Industry groups welcomed the step but warned that the details would matter.",
]
FILLER = [
    "Consumer groups argued that higher prices would fall hardest on low-income households in {target}.",
    "Farmers in the main growing regions of {imposer} said the harvest was running {weeks} weeks behind schedule.",
    "Demand from {third} has grown steadily, with purchases up {pct}% in the first half of the year.",
    "The central bank of {imposer} kept interest rates on hold last month, citing risks from trade.",
    "Manufacturers said they had built up inventories of {product} ahead of the change.",
    "Logistics firms reported that insurance costs on the route had risen {pct}% since {prev_month}.",
    "{company} said it would shift part of its production to {third} over the next {n} months.",
    "The currency of {target} weakened {pct}% against the dollar over the week.",
    "Lawmakers in {imposer} are due to debate a wider trade bill in the {quarter} quarter.",
    "A survey of {n} exporters by the {group} found most expected lower sales this year.",
]


def article_text(story: Story, outlet: str, paragraphs_target: int) -> tuple[str, str]:
    """(title, body) of one story: a lead paragraph, then paragraphs of two or three sentences."""
    r = story.rng
    title = story.fill(r.choice(HEADLINES))
    title = title[0].upper() + title[1:]
    pools = [BACKGROUND, MARKET, QUOTES, REACTION, OUTLOOK, FILLER, SECONDARY, MARKET, QUOTES]
    used: set[str] = set()

    def pick(pool) -> str:
        for _ in range(8):
            s = story.fill(r.choice(pool))
            if s not in used:
                break
        used.add(s)
        return s[0].upper() + s[1:]

    lead = [pick(LEADS), pick(RATE_LINES if story.has_rate else NO_RATE_LINES)]
    paragraphs = [" ".join(lead)]
    while len(paragraphs) < paragraphs_target:
        k = r.choice([2, 2, 3, 3, 4])
        paragraphs.append(" ".join(pick(r.choice(pools)) for _ in range(k)))
    return title, "\n\n".join(paragraphs)


def rewrite(story: Story, body: str) -> str:
    """A syndicated copy: same story, one paragraph dropped, one sentence reworded, a credit line."""
    r = story.rng
    paragraphs = body.split("\n\n")
    if len(paragraphs) > 3:
        del paragraphs[r.randrange(2, len(paragraphs))]
    paragraphs.insert(r.randrange(1, len(paragraphs)), story.fill(r.choice(FILLER)))
    return "\n\n".join(paragraphs)


def build(out_dir: Path, n: int, patterns: Path, seed: int = 7, words_per_article: int = 500) -> int:
    """Write `n` articles of about `words_per_article` words into out_dir; returns total words.

    Mix: about 80% `.txt` (one in eight with a `.meta.json` sidecar), 8% `.md` with front
    matter, 5% `.json`, 7% lines of `.jsonl` dumps of up to 100 articles; 8% are rewrites of
    an earlier story from another outlet, and 1% byte-identical copies of an earlier file.
    """
    rng = random.Random(seed)
    vocab = load_vocabulary(patterns)
    Story.all_products, Story.all_countries = vocab.products, vocab.countries
    out_dir.mkdir(parents=True, exist_ok=True)
    paragraphs_target = max(2, round(words_per_article / 44))
    total = 0
    earlier: list[tuple[Story, str, str]] = []  # stories that may be syndicated
    written: list[Path] = []
    dump: list[str] = []
    dumps = 0

    def flush_dump():
        nonlocal dump, dumps
        if dump:
            (out_dir / f"dump-{dumps:04d}.jsonl").write_text("\n".join(dump) + "\n", encoding="utf-8")
            dumps += 1
            dump = []

    for i in range(n):
        if written and rng.random() < 0.01:
            src = rng.choice(written)
            copy = out_dir / f"copy-{i:06d}{''.join(src.suffixes)}"
            copy.write_bytes(src.read_bytes())
            total += _words(src)
            continue
        outlet = rng.choice(OUTLETS)
        if earlier and rng.random() < 0.08:
            story, title, body = rng.choice(earlier)
            body = rewrite(story, body)
        else:
            story = Story(rng, vocab)
            title, body = article_text(story, outlet, paragraphs_target)
            if len(earlier) < 200:
                earlier.append((story, title, body))
            else:
                earlier[rng.randrange(200)] = (story, title, body)
        slug = f"{story.imposer[1].lower().replace(' ', '-')}-{story.products[0].replace(' ', '-')}-{i:06d}"
        pub_long = f"{story.day} {MONTHS[story.month]} {story.year}"
        kind = rng.random()
        if kind < 0.07:
            dump.append(json.dumps({"id": slug, "title": title, "text": body, "outlet": outlet,
                                    "published": story.published()}, ensure_ascii=False))
            if len(dump) == 100:
                flush_dump()
            total += len(title.split()) + len(body.split())
            continue
        if kind < 0.12:
            path = out_dir / f"{slug}.json"
            path.write_text(json.dumps({"title": title, "text": body, "outlet": outlet, "published": story.published(),
                                        "url": f"https://news.example/{slug}"}, ensure_ascii=False), encoding="utf-8")
        elif kind < 0.20:
            path = out_dir / f"{slug}.md"
            path.write_text(f"---\ntitle: {title}\noutlet: {outlet}\npublished: {story.published()}\n---\n\n"
                            f"# {title}\n\n{body}\n", encoding="utf-8")
        else:
            path = out_dir / f"{slug}.txt"
            dateline = rng.choice(DATELINES).format(pub_long=pub_long, outlet=outlet,
                                                    pub_short=f"{MON[story.month]} {story.day}, {story.year}")
            path.write_text(f"{title}\n{dateline}\n\n{body}\n", encoding="utf-8")
            if rng.random() < 0.125:
                sidecar = {"outlet": outlet, "url": f"https://news.example/{slug}"}
                (out_dir / f"{slug}.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
        written.append(path)
        total += _words(path)
    flush_dump()
    return total


def _words(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split())


def article_texts(corpus: Path) -> list[str]:
    """The article texts of a corpus built here, one per article (JSON `text`, file text otherwise):
    what a bare tokenizer pass reads."""
    texts = []
    for path in sorted(corpus.rglob("*")):
        if not path.is_file() or path.name.endswith(".meta.json"):
            continue
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            texts.extend(json.loads(line)["text"] for line in raw.splitlines() if line.strip())
        elif path.suffix == ".json":
            texts.append(json.loads(raw)["text"])
        else:
            texts.append(raw)
    return texts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Build a synthetic trade-news corpus for benchmarks.")
    parser.add_argument("out", type=Path, help="folder to write the articles into")
    parser.add_argument("--articles", type=int, default=5000, help="number of articles (default: 5000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default: 7)")
    parser.add_argument("--patterns", type=Path, default=Path(__file__).resolve().parent.parent / "patterns",
                        help="rule files to take names from (default: the shipped patterns/)")
    args = parser.parse_args(argv)
    words = build(args.out, args.articles, args.patterns, args.seed)
    print(f"{args.articles} articles, {words} words in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
