#!/usr/bin/env python3
"""Writes N distinct public finder requests built from the shipped Orphanet pack, as users make them (issue 11).

Usage: scripts/benchmark/generate-distinct-requests.py [--count 20000] [--seed 11] [--pack PATH] [--out FILE]

Reads the English and Dutch nomenclature (ORPHAnomenclature_en.xml, ORPHAnomenclature_nl.xml) from the pack zip,
offline, and writes one request per line: "<Accept-Language>\t<path>". Same pack + seed + count = same file.
The mix (fractions of N; every line is a distinct path, text is compared after lower-casing and folding spaces):

  /v1/expertise-centres?q=       60 %  autocomplete prefix of 3-12 characters of a preferred name or synonym (34 %),
                                       a whole name (13 %), a name with one typo in one word (13 %)
  /v1/expertise-centres?orphaCode= 15 %  active ORPHAcode of a disorder or subtype (10 %), group code (5 %)
  /v1/conditions?q=              25 %  prefix (14 %), whole name (5 %), typo (5 %), ORPHAcode as text (1 %)

Names are those of active entities (preferred terms and synonyms), half Dutch and half English; Dutch names are sent
with Accept-Language nl, English names with en, codes with either at random; the lines are shuffled.
"""
import argparse
import random
import sys
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

DEFAULT_PACK = Path(__file__).resolve().parents[2] / "src/main/resources/orphanet/orphanet-nomenclature-pack-2025.zip"
MAX_Q = 200  # the service refuses longer q

# (endpoint, kind, share of N)
MIX = [
    ("finder", "prefix", 0.34), ("finder", "whole", 0.13), ("finder", "typo", 0.13),
    ("finder", "code", 0.10), ("finder", "group", 0.05),
    ("conditions", "prefix", 0.14), ("conditions", "whole", 0.05), ("conditions", "typo", 0.05),
    ("conditions", "code", 0.01),
]


def read_pack(pack):
    """Returns ({lang: [names]}, active non-group codes, active group codes), names sorted for reproducibility."""
    names = {"en": set(), "nl": set()}
    codes, groups = set(), set()
    with zipfile.ZipFile(pack) as z:
        for lang in ("en", "nl"):
            with z.open(f"ORPHAnomenclature_{lang}.xml") as f:
                for _, el in ET.iterparse(f, events=("end",)):
                    if el.tag != "Disorder":
                        continue
                    code = el.findtext("OrphaCode")
                    status = (el.findtext("Totalstatus") or "").strip()
                    level = (el.findtext("ClassificationLevel/Name") or "").strip()
                    for n in [el.findtext("Name")] + [s.text for s in el.findall("SynonymList/Synonym")]:
                        if n and n.strip() and status == "Active":  # inactive names read "OBSOLETE: ..." and the like
                            names[lang].add(" ".join(n.split()))
                    if status == "Active" and code:
                        (groups if level == "Group of disorders" else codes).add(int(code))
                    el.clear()
    return {k: sorted(v) for k, v in names.items()}, sorted(codes), sorted(groups)


def letters_only(s):
    return any(ch.isalnum() for ch in s)


def prefix(rng, name):
    n = rng.randint(3, 12)
    p = name[:n].rstrip(" -,(")
    return p if len(p) >= 3 and letters_only(p) else None


def typo(rng, name):
    """One edit (drop, double, swap or replace a letter) inside one word of at least five letters, as people type."""
    words = name.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return None
    i = rng.choice(candidates)
    w = words[i]
    pos = rng.randrange(1, len(w) - 1)  # keep the first letter, as people mostly do
    edit = rng.choice(("drop", "double", "swap", "replace"))
    if edit == "drop":
        w = w[:pos] + w[pos + 1:]
    elif edit == "double":
        w = w[:pos] + w[pos] + w[pos:]
    elif edit == "swap":
        w = w[:pos] + w[pos + 1] + w[pos] + w[pos + 2:]
    else:
        w = w[:pos] + rng.choice("aeiounrstlkm") + w[pos + 1:]
    if w == words[i]:
        return None
    words[i] = w
    return " ".join(words)


def key(text):
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--pack", default=str(DEFAULT_PACK))
    ap.add_argument("--out", default="-")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    names, codes, groups = read_pack(a.pack)
    by_lang = {l: [n for n in names[l] if len(n) <= MAX_Q] for l in ("nl", "en")}

    def a_name():  # half Dutch, half English, whatever the number of names in each
        lang = rng.choice(("nl", "en"))
        return lang, rng.choice(by_lang[lang])

    seen = set()
    lines = []
    stats = {}
    for endpoint, kind, share in MIX:
        want = round(a.count * share)
        got = 0
        attempts = 0
        code_pool = list(groups if kind == "group" else codes)
        rng.shuffle(code_pool)
        while got < want and attempts < want * 50:
            attempts += 1
            if kind in ("code", "group"):
                if not code_pool:
                    break
                code = code_pool.pop()
                lang = rng.choice(("nl", "en"))
                fmt = rng.choice(("{}", "ORPHA:{}", "orpha:{}"))
                value = fmt.format(code)
                if endpoint == "finder":
                    path = "/v1/expertise-centres?orphaCode=" + urllib.parse.quote(value, safe="")
                    k = ("finder-code", code)
                else:
                    path = "/v1/conditions?q=" + urllib.parse.quote(value, safe="")
                    k = ("conditions-code", code)
            else:
                lang, name = a_name()
                text = {"prefix": prefix, "typo": typo}.get(kind, lambda r, n: n)(rng, name)
                if not text or not letters_only(text):
                    continue
                base = "/v1/expertise-centres?q=" if endpoint == "finder" else "/v1/conditions?q="
                path = base + urllib.parse.quote(text, safe="")
                k = (endpoint, key(text))
            if k in seen:
                continue
            seen.add(k)
            lines.append(f"{lang}\t{path}")
            got += 1
        stats[f"{endpoint} {kind}"] = got
    # Fill up with prefixes if a kind ran dry (it does not with the 2025 pack), so there are always N lines.
    while len(lines) < a.count:
        lang, name = a_name()
        text = prefix(rng, name)
        if not text or ("finder", key(text)) in seen:
            continue
        seen.add(("finder", key(text)))
        lines.append(f"{lang}\t/v1/expertise-centres?q=" + urllib.parse.quote(text, safe=""))
        stats["finder prefix (fill)"] = stats.get("finder prefix (fill)", 0) + 1
    rng.shuffle(lines)
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    out.write("\n".join(lines) + "\n")
    if out is not sys.stdout:
        out.close()
    print(f"{len(lines)} distinct requests (seed {a.seed}) from {len(names['nl'])} Dutch and {len(names['en'])} English names, "
          f"{len(codes)} active codes, {len(groups)} active group codes: "
          + ", ".join(f"{k} {v}" for k, v in stats.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
