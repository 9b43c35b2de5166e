#!/usr/bin/env python3
"""Generates Examples/corpus: Ale kommun 2020 (a byte-for-byte copy of
Examples/ale-2020/evidence.kompass) and fictional municipalities derived from it.

Every fictional file is invented for the example: the municipality's name says
"(fiktiv)", a header comment says so, and every finding cites the source document
"Fiktivt underlag". Each municipality has a profile: a strength per area in [-1, 1].
Starting from Ale's findings, each finding moves with that strength and a little
noise, from a random generator seeded per municipality (so the output is the same on
every run): levels step up or down the maturity ladder, flags flip, set items are
dropped or added (from a closed set's list, or invented items for an open set), and
judgements scale within their maximum. Two municipalities are evaluated twice; the
later evaluation starts from the earlier one and improves some findings.

Run from the package root:  python3 scripts/make-example-corpus.py
Then check:                 swift run kompass-score check Examples/corpus/*.kompass
                            swift run kompass-score corpus Examples/corpus
"""

import os
import random
import re
import shutil

RULES = "Rules/kommunkompassen-2019"
ALE = "Examples/ale-2020/evidence.kompass"
OUT = "Examples/corpus"

# name, file stem, year, seed, strength per area 1..8, evaluators
PROFILES = [
    ("Norrvik kommun (fiktiv)", "norrvik-2019", 2019, 11, [-0.3, -0.4, -0.2, -0.3, -0.4, -0.3, -0.2, -0.4]),
    ("Sjöby kommun (fiktiv)", "sjoby-2019", 2019, 12, [0.1, 0.0, 0.2, -0.1, 0.0, 0.1, -0.1, 0.0]),
    ("Ekdala kommun (fiktiv)", "ekdala-2021", 2021, 13, [0.6, 0.6, 0.7, 0.6, 0.6, 0.6, 0.7, 0.7]),
    ("Björkå kommun (fiktiv)", "bjorka-2021", 2021, 14, [-0.7, -0.8, -0.6, -0.7, -0.8, -0.7, -0.6, -0.7]),
    ("Granvik kommun (fiktiv)", "granvik-2022", 2022, 15, [0.8, 0.7, 0.8, 0.6, -0.7, -0.8, -0.6, -0.7]),
    ("Lindmora kommun (fiktiv)", "lindmora-2022", 2022, 16, [-0.7, 0.7, -0.6, 0.8, -0.5, 0.7, -0.6, 0.6]),
    ("Västerholm kommun (fiktiv)", "vasterholm-2020", 2020, 17, [0.2, 0.1, 0.1, 0.2, 0.1, 0.2, 0.0, 0.1]),
    ("Åsby kommun (fiktiv)", "asby-2022", 2022, 18, [-0.2, -0.3, -0.1, -0.2, -0.3, -0.1, -0.2, -0.3]),
    ("Stenfors kommun (fiktiv)", "stenfors-2023", 2023, 19, [0.4, 0.3, 0.5, 0.3, 0.4, 0.4, 0.3, 0.5]),
    ("Tallmyra kommun (fiktiv)", "tallmyra-2021", 2021, 20, [-0.5, -0.4, -0.6, -0.5, -0.4, -0.5, -0.6, -0.4]),
    ("Rönnebro kommun (fiktiv)", "ronnebro-2024", 2024, 21, [0.5, 0.6, 0.4, 0.5, 0.6, 0.5, 0.4, 0.6]),
]

# Evaluated again: the earlier file's stem, the later stem and year, the seed, and the
# share of findings that improve by one step.
FOLLOW_UPS = [
    ("norrvik-2019", "norrvik-2023", 2023, 31, 0.25),
    ("sjoby-2019", "sjoby-2023", 2023, 32, 0.2),
]

HEADER_COMMENT = """\
# FIKTIV KOMMUN: uppfunnen för exemplet Examples/corpus. Alla uppgifter är påhittade och
# genererade av scripts/make-example-corpus.py ur Ale kommuns evidens (2020), med en
# profil per område och ett fast frö; inget här beskriver en verklig kommun.
"""


def read_instrument():
    """Each fact's type, the ladder's levels, and each judgement rule's maximum."""
    facts, ladder, judgements = {}, [], {}
    for name in sorted(os.listdir(RULES)):
        if not name.endswith(".kompass"):
            continue
        rule = None
        with open(os.path.join(RULES, name), encoding="utf-8") as f:
            for line in f:
                m = re.match(r"ladder maturity:\s*(.*)$", line)
                if m:
                    ladder = [w.strip() for w in m.group(1).split("<")]
                m = re.match(r"fact (\S+):\s*(flag|number|level \w+|set\s*\{[^}]*\}|set)", line)
                if m:
                    kind = m.group(2)
                    if kind.startswith("set"):
                        closed = re.match(r"set\s*\{([^}]*)\}", kind)
                        items = [i.strip() for i in closed.group(1).split(",")] if closed else None
                        facts[m.group(1)] = ("set", items)
                    else:
                        facts[m.group(1)] = (kind.split()[0], None)
                m = re.match(r"\s*rule (\S+)", line)
                if m:
                    rule = m.group(1)
                m = re.search(r"judgement max ([0-9.]+)", line)
                if m and rule:
                    judgements[rule] = float(m.group(1))
    return facts, ladder, judgements


def read_ale():
    """Ale's findings and judgements in order: (kind, text, section, area)."""
    entries = []
    section = "1.1"
    with open(ALE, encoding="utf-8") as f:
        lines = f.read().split("\n")
    current = None
    for line in lines:
        m = re.match(r"# --- (\d+)\.(\d+)", line)
        if m:
            section = f"{m.group(1)}.{m.group(2)}"
        if line.startswith("finding "):
            current = {"kind": "finding", "line": line, "section": section}
            m = re.search(r'section "(\d+\.\d+)"', line)
            entries.append(current)
        elif line.startswith("judge "):
            entries.append({"kind": "judge", "line": line, "section": section})
            current = None
        elif current is not None and line.startswith("  source"):
            m = re.search(r'section "(\d+\.\d+)"', line)
            if m and "source_section" not in current:
                current["source_section"] = m.group(1)
    return entries


def split_items(text):
    """The items of `{a, "b c", d}` as written (words or quoted strings)."""
    return re.findall(r'"[^"]*"|[^,{}\s][^,{}]*', text.strip()[1:-1])


def move_level(value, steps, ladder):
    i = ladder.index(value) if value in ladder else 0
    return ladder[max(0, min(len(ladder) - 1, i + steps))]


def transform(entry, strength, rng, facts, ladder, judgements):
    """The entry's value moved by the area's strength; None drops nothing (all kept)."""
    if entry["kind"] == "judge":
        m = re.match(r"judge (\S+) = ([0-9.]+) because", entry["line"])
        rule, value = m.group(1), float(m.group(2))
        top = judgements.get(rule, 1.0)
        value = max(0.0, min(top, value * (1 + 0.5 * strength + rng.gauss(0, 0.15))))
        return ("judge", rule, f"{round(value * 10) / 10:g}")
    m = re.match(r"finding (\S+) = (.*)$", entry["line"])
    fact, value = m.group(1), m.group(2).strip()
    kind, closed = facts[fact]
    if kind == "level":
        steps = round(strength * 1.6 + rng.gauss(0, 0.7))
        return ("finding", fact, move_level(value, steps, ladder))
    if kind == "flag":
        if value == "yes":
            keep = 0.8 + 0.2 * strength
            return ("finding", fact, "yes" if rng.random() < keep else "no")
        flip = max(0.0, 0.1 + 0.7 * strength)
        return ("finding", fact, "yes" if rng.random() < flip else "no")
    if kind == "number":
        number = float(value) * (1 + 0.4 * strength + rng.gauss(0, 0.15))
        return ("finding", fact, str(max(0, round(number))))
    # set
    items = [] if value == "none" else split_items(value)
    kept = [i for i in items if rng.random() > 0.2 - 0.2 * strength]
    extra = max(0, round(strength * 2 + rng.gauss(0, 0.8)))
    pool = [i for i in (closed or []) if i not in kept] if closed else [
        f'"Fiktiv insats {n}"' for n in range(1, 5)]
    kept += pool[:extra]
    return ("finding", fact, "{" + ", ".join(kept) + "}" if kept else "none")


def improve(value_entry, rng, share, facts, ladder, judgements):
    """A later evaluation: some findings one step better."""
    kind, name, value = value_entry
    if rng.random() >= share:
        return value_entry
    if kind == "judge":
        top = judgements.get(name, 1.0)
        return (kind, name, f"{min(top, round((float(value) + top / 4) * 10) / 10):g}")
    fact_kind, closed = facts[name]
    if fact_kind == "level":
        return (kind, name, move_level(value, 1, ladder))
    if fact_kind == "flag":
        return (kind, name, "yes")
    if fact_kind == "set":
        items = [] if value == "none" else split_items(value)
        pool = [i for i in closed if i not in items] if closed else ['"Ny fiktiv insats"']
        if pool and pool[0] not in items:
            items.append(pool[0])
        return (kind, name, "{" + ", ".join(items) + "}")
    return value_entry


def write(path, name, year, entries, values):
    out = [HEADER_COMMENT.rstrip("\n"),
           f'evidence "{name}" year {year} instrument "Kommunkompassen" version "2019"',
           '  evaluator "Utvärderare A (fiktiv)"',
           '  evaluator "Utvärderare B (fiktiv)"',
           ""]
    for entry, (kind, target, value) in zip(entries, values):
        section = entry.get("source_section", entry["section"])
        if kind == "judge":
            out.append(f'judge {target} = {value} because "Fiktiv bedömning för exemplet."')
        else:
            out.append(f"finding {target} = {value}")
            out.append(f'  source document "Fiktivt underlag" section "{section}"')
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    facts, ladder, judgements = read_instrument()
    entries = read_ale()
    os.makedirs(OUT, exist_ok=True)
    shutil.copyfile(ALE, os.path.join(OUT, "ale-2020.kompass"))
    generated = {}
    for name, stem, year, seed, strengths in PROFILES:
        rng = random.Random(seed)
        values = [transform(e, strengths[int(e["section"].split(".")[0]) - 1], rng, facts, ladder, judgements)
                  for e in entries]
        generated[stem] = (name, values)
        write(os.path.join(OUT, stem + ".kompass"), name, year, entries, values)
    for earlier, stem, year, seed, share in FOLLOW_UPS:
        rng = random.Random(seed)
        name, values = generated[earlier]
        later = [improve(v, rng, share, facts, ladder, judgements) for v in values]
        write(os.path.join(OUT, stem + ".kompass"), name, year, entries, later)


if __name__ == "__main__":
    main()
