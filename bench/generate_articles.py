#!/usr/bin/env python3
"""Writes N synthetic articles of the genre (deterministic for a given seed): about 40 visits each, embassies,
ambassadors, memberships, twin towns, agreements and dated events, in varied date styles.
usage: generate_articles.py OUT_DIR N [SEED]"""
import os, random, sys

COUNTRIES = [line.split('\t') for line in open(os.path.join(os.path.dirname(__file__), '..', 'src', 'BilateralRelations.Core', 'Countries', 'countries.tsv'), encoding='utf-8')
             if line.strip() and not line.startswith('#')]
COUNTRIES = [c for c in COUNTRIES if c[7] and c[6]]  # with a capital and an adjective
GIVEN = ["Anna", "Péter", "Ilham", "Maria", "Jonas", "Aigerim", "Tomás", "Léa", "Omar", "Yuki", "Karin", "Mehmet", "Sofia", "Nikolai", "Aisha", "Luis"]
FAMILY = ["Kovács", "Aliyev", "Novak", "Berg", "Rossi", "Haddad", "Tanaka", "Ivanova", "Silva", "Costa", "Moreau", "Schulz", "Petrov", "Okafor", "Lindqvist", "Demir"]
TITLES = [("Heads of state", "President"), ("Heads of government", "Prime Minister"), ("Parliament", "Speaker of Parliament"),
          ("Ministers", "Minister of Foreign Affairs"), ("Ministers", "Minister of Economy"), ("Ministers", "Deputy Minister of Energy")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

def date(rng, year):
    m = rng.randrange(12); d = rng.randint(1, 25); style = rng.randrange(4)
    if style == 0: return f"{d}–{d + 2} {MONTHS[m]} {year}"
    if style == 1: return f"{MONTHS[m]} {d}, {year}"
    if style == 2: return f"{MONTHS[m]} {year}"
    return f"{d} {MONTHS[m]} {year}"

def article(rng, a, b):
    name_a, name_b = a[3], b[3]
    adj_a, adj_b = a[6].split('|')[0], b[6].split('|')[0]
    cap_a, cap_b = a[7].split('|')[0], b[7].split('|')[0]
    lines = [f"= {name_a}–{name_b} relations =", "",
             f"{name_a} has an embassy in {cap_b}. {name_b} has an embassy in {cap_a}.",
             f"Both countries are members of the United Nations. {name_b} has observer status in the Council of Europe, in which {name_a} is a member.",
             "== History ==",
             f"{name_b} recognized {name_a} on {MONTHS[rng.randrange(12)]} {rng.randint(1, 28)}, {rng.randint(1991, 1995)} and diplomatic relations were established on {rng.randint(1, 28)} {MONTHS[rng.randrange(12)]} {rng.randint(1992, 1996)}.",
             f"The Embassy of {name_a} in {name_b} was opened in {MONTHS[rng.randrange(12)]} {rng.randint(1996, 2005)}. Since {rng.randint(1, 28)} {MONTHS[rng.randrange(12)]} {rng.randint(2015, 2020)} the ambassador of {name_a} to {name_b} is {rng.choice(GIVEN)} {rng.choice(FAMILY)}.",
             "", "== High-level visits =="]
    by_level = {}
    for _ in range(40):
        level, title = rng.choice(TITLES)
        side = rng.randrange(3)
        who = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        year = rng.randint(1994, 2024)
        if side == 0: text = f"{title} of {name_a} {who}'s official visit"
        elif side == 1: text = f"{adj_b} {title} {who} visited {cap_a}."
        else: text = f"{title} {who} working visit"
        by_level.setdefault(level, []).append((year, f"- {date(rng, year)} - {text}"))
    for level, items in by_level.items():
        lines.append(f"=== {level} ===")
        lines.extend(line for _, line in sorted(items))
    lines += ["", "== Agreements ==",
              f"{name_a} signed a strategic partnership agreement with {name_b} on {rng.randint(1, 28)} {MONTHS[rng.randrange(12)]} {rng.randint(2000, 2020)}.",
              "== Economy ==",
              f"A {adj_a}-{adj_b} business forum was held in {cap_b} in {MONTHS[rng.randrange(12)]} {rng.randint(2005, 2022)}.",
              f"Direct flights between {cap_a} and {cap_b} started in {rng.randint(2008, 2023)}.",
              "== Sister cities ==",
              f"- {cap_a}, {name_a} - {cap_b}, {name_b}", ""]
    return "\n".join(lines)

def main():
    out, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20261128)
    os.makedirs(out, exist_ok=True)
    pairs = set()
    while len(pairs) < n:
        a, b = rng.sample(range(len(COUNTRIES)), 2)
        pairs.add((min(a, b), max(a, b)))
    for i, (x, y) in enumerate(sorted(pairs)):
        a, b = COUNTRIES[x], COUNTRIES[y]
        with open(os.path.join(out, f"synthetic-{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(article(rng, a, b))

if __name__ == "__main__":
    main()
