"""Synthetic news corpus for benchmarks: varied sentence shapes and realistic entity density.

Vocabulary comes from the shipped rule files (products, agencies, jurisdictions), so the
rulers see the density of real trade news; filler sentences keep the words-per-entity
ratio of the sample corpus. Deterministic for a given seed.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
FILLER = [
    "Analysts said the decision reflected mounting pressure from domestic producers and unions.",
    "Shares of exporters fell in early trading before recovering some of their losses.",
    "Industry groups welcomed the step but warned that the details would matter.",
    "The ministry did not respond to a request for comment outside business hours.",
    "Traders said shipments already at sea would be cleared under the previous rules.",
    "Economists expect the impact on inflation to be modest in the near term.",
    "Officials from both governments are due to meet again later in the quarter.",
    "The announcement came as negotiators worked to narrow differences on market access.",
    "Port operators reported longer queues as importers rushed to bring in cargo.",
    "Consumer groups argued that higher prices would fall hardest on low-income households.",
    "Prices for the material have swung sharply over the past year as supply tightened.",
    "Farmers in the main growing regions said the harvest was running behind schedule.",
]
ACTION_SHAPES = [
    "{imposer} {verb} {measure} on {products} from {target}, the {agency} said on {weekday}.",
    "{agency} said it would {verb_base} {measure} on {products} until {date}.",
    "The {measure_plain}, first introduced in {month} {year}, will remain in place for {duration}.",
    "On {date}, {imposer} {verb} {measure} on imports of {products}, raising the rate to {rate}%.",
    "{imposer} will cut tariffs on {products} by {pp} percentage points and suspend additional duties until {date}.",
    "Exports of {products} to {target} have been suspended for {duration}, {agency} said.",
    "{imposer} could consider new {measure_plain} on {products} if talks fail, officials said.",
    "{target} accounts for about {rate}% of global {products} output, according to industry data.",
]
VERBS = [("imposed", "impose"), ("lifted", "lift"), ("suspended", "suspend"), ("extended", "extend"),
         ("raised", "raise"), ("reduced", "reduce"), ("introduced", "introduce"), ("postponed", "postpone")]
MEASURES = ["export controls", "tariffs", "anti-dumping duties", "an export ban", "import quotas",
            "countervailing duties", "export restrictions", "a ban on imports"]


def _phrases(path: Path, label: str, limit: int) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["label"] == label and isinstance(row["pattern"], str) and row["pattern"][:1].isalpha():
            out.append(row["pattern"])
    return out[:limit] or ["steel"]


def build(out_dir: Path, n: int, patterns: Path, seed: int = 7, words_per_article: int = 500) -> int:
    """Write `n` articles of about `words_per_article` words into out_dir; returns total words."""
    rng = random.Random(seed)
    products = _phrases(patterns / "products.jsonl", "PRODUCT", 400)
    agencies = _phrases(patterns / "agencies.jsonl", "AGENCY", 300)
    places = _phrases(patterns / "jurisdictions.jsonl", "JURISDICTION", 600)
    out_dir.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        year = rng.choice([2023, 2024, 2025])
        pub = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"
        lines = [f"{rng.choice(places)} moves on {rng.choice(products)} trade", f"Published: {pub}", ""]
        words = 0
        while words < words_per_article:
            if rng.random() < 0.45:
                verb, base = rng.choice(VERBS)
                measure = rng.choice(MEASURES)
                s = rng.choice(ACTION_SHAPES).format(
                    imposer=rng.choice(places), target=rng.choice(places), agency=rng.choice(agencies),
                    verb=verb, verb_base=base, measure=measure, measure_plain=measure.replace("an ", "").replace("a ", ""),
                    products=" and ".join(rng.sample(products, 2)), weekday=rng.choice(WEEKDAYS),
                    date=f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year + rng.choice([0, 1])}",
                    month=rng.choice(MONTHS), year=year - 1, duration=rng.choice(["a year", "90 days", "six months"]),
                    rate=rng.choice([10, 15, 25, 35, 50, 100]), pp=rng.choice([5, 10, 20]))
            else:
                s = rng.choice(FILLER)
            lines.append(s)
            words += len(s.split())
        text = "\n".join(lines) + "\n"
        total += len(text.split())
        (out_dir / f"synthetic-{i:06d}.txt").write_text(text, encoding="utf-8")
    return total
