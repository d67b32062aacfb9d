#!/usr/bin/env python3
"""Builds the Orphanet nomenclature pack the application ships (src/main/resources/orphanet/).

Input: ../shared/data/orphanet (see its README). Output: one deterministic zip with
  ORPHAnomenclature_en.xml                                        (reconstructed, copied unchanged)
  ORPHAnomenclature_nl.xml                                        (reconstructed, plus Dutch synonyms, see below)
  Classifications/{en,nl}/ORPHAclassification_*.xml               (31 real July 2025 files, copied unchanged)
  Classifications/en/ORPHAclassification_{147,156,181}_*_en.xml   (reconstructed here, see below)
  ORPHA_synonyms_nl.tsv                                           (Dutch synonyms without a Dutch entity, see below)
  ORPHA_ICD_mappings.tsv                                          (converted from the Master file, see below)
  LICENSE.md, PROVENANCE.md

Classifications 147, 156 and 181 are missing from the public 2025 snapshot. Without them 2,364 active
entities (most neurological and genetic diseases outside the 31 files) would have no place in the
hierarchy, so this script writes them in the official classification XML structure from the derived
hierarchy rows (source derived_orphapacket_2025_07), each file marked RECONSTRUCTED. The importer reads
them exactly like official files. See docs/decisions/0003-shipped-orphanet-pack.md.

The reconstructed Dutch file has no Dutch synonyms. This script adds, as <Synonym lang="nl"> elements in the
official structure, the Dutch synonyms of Orphanet's 2022 Dutch ORPHA-to-ICD-11 mapping
(derived/orphanet_nl_synonyms_icd11_2022.tsv): only for codes that are active in the 2025 pack and have a Dutch
entity in it, in source order, leaving out a synonym equal to the 2025 Dutch preferred name and repeats (ignoring
case). The synonyms of active codes without a Dutch entity - which the official structure cannot hold, as an entity
needs a Dutch <Name> - go into ORPHA_synonyms_nl.tsv (orpha_code, synonym), which the importer adds to those
conditions' Dutch synonyms. See docs/decisions/0019-spelling-variants-and-dutch-synonyms.md.

The ICD-10 and ICD-11 alignments of the pack's Master file (ORPHAnomenclature_MasterFile_en_2025.xlsx, sheets
ICD10 and ICD11) are converted once into ORPHA_ICD_mappings.tsv, which the importer reads, so the service needs no
spreadsheet library. The Master file gives no mapping relation; for ICD-11 the relation Orphanet stated in its 2022
mapping file is taken where that file has the same ORPHAcode and ICD-11 code. See docs/decisions/0023-icd-cross-references.md.

Usage: python3 scripts/build-shipped-pack.py [../shared/data/orphanet]
"""
import csv
import io
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from xml.sax.saxutils import escape, unescape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "orphanet"))
TARGET = os.path.join(ROOT, "src", "main", "resources", "orphanet", "orphanet-nomenclature-pack-2025.zip")
FIXED_TIME = (2025, 6, 24, 0, 0, 0)

MISSING = {
    "147": ("93890", "rare_developmental_anomalies_during_embryogenesis"),
    "156": ("98053", "rare_genetic_diseases"),
    "181": ("98006", "rare_neurological_diseases"),
}


def read_tsv(name):
    with open(os.path.join(SOURCE, "derived", name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def entity_facts():
    """Disorder id and typology (id, English name) per ORPHAcode, from the reconstructed English file."""
    facts = {}
    for _, el in ET.iterparse(os.path.join(SOURCE, "reconstructed", "ORPHAnomenclature_en.xml")):
        if el.tag != "Disorder" or el.find("OrphaCode") is None or el.find("Totalstatus") is None:
            continue
        dtype = el.find("DisorderType")
        facts[el.findtext("OrphaCode")] = (
            el.get("id"), el.findtext("Name"),
            dtype.get("id") if dtype is not None else None,
            dtype.findtext("Name") if dtype is not None else None)
        el.clear()
    return facts


SYNONYMS_TSV = "orphanet_nl_synonyms_icd11_2022.tsv"
SYNONYMS_CITATION = ("Orphadata: Free access data from Orphanet. (c) INSERM 1999. Available on https://www.orphadata.com. "
                     "Data version 1.3.16 / 4.1.7 [2022-01-26], extraction 2022-06-14")


def active_codes():
    """ORPHAcodes whose status in the reconstructed 2025 English file is Active."""
    active = set()
    for _, el in ET.iterparse(os.path.join(SOURCE, "reconstructed", "ORPHAnomenclature_en.xml")):
        if el.tag == "Disorder" and el.find("Totalstatus") is not None:
            if el.findtext("Totalstatus") == "Active":
                active.add(el.findtext("OrphaCode"))
            el.clear()
    return active


def dutch_with_synonyms(active):
    """The reconstructed Dutch nomenclature with the 2022 Dutch synonyms added; returns (bytes, synonyms, codes)."""
    synonyms = {r["orpha_code"]: [s for s in r["synonyms_nl"].split("|") if s.strip()] for r in read_tsv(SYNONYMS_TSV)}
    with open(os.path.join(SOURCE, "reconstructed", "ORPHAnomenclature_nl.xml"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, added, codes = [], 0, 0
    code = name = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("    <Disorder "):
            code = name = None
        m = re.fullmatch(r"      <OrphaCode>(\d+)</OrphaCode>", line)
        if m:
            code = m.group(1)
        m = re.fullmatch(r'      <Name lang="nl">(.*)</Name>', line)
        if m:
            name = unescape(m.group(1))
        if (line == '      <SynonymList count="0">' and i + 1 < len(lines) and lines[i + 1] == "      </SynonymList>"
                and code in active and synonyms.get(code)):
            seen = {name.strip().lower()}
            kept = []
            for s in synonyms[code]:
                if s.strip().lower() not in seen:
                    seen.add(s.strip().lower())
                    kept.append(s.strip())
            if kept:
                out.append(f'      <SynonymList count="{len(kept)}">')
                out.extend(f'        <Synonym lang="nl">{escape(s)}</Synonym>' for s in kept)
                out.append("      </SynonymList>")
                added += len(kept)
                codes += 1
                i += 2
                continue
        out.append(line)
        i += 1
    text = "\n".join(out)
    note = ("<!--\nDUTCH SYNONYMS ADDED by scripts/build-shipped-pack.py: %d Dutch synonyms of %d active conditions, from\n"
            "derived/orphanet_nl_synonyms_icd11_2022.tsv (Orphanet's Dutch ORPHA-to-ICD-11 mapping, ORPHA_ICD11_mapping_nl.xml,\n"
            "RD-CODE commit 1a9d6c778aae643eb17092586fc704bdea76dcbf, 2022). Only codes active in July 2025 that have a Dutch\n"
            "entity in this file; a synonym equal to the Dutch preferred name or repeated is left out.\n"
            "Licence CC BY 4.0. %s. Orphanet has not reviewed or endorsed this addition.\n-->\n") % (added, codes, SYNONYMS_CITATION)
    root = text.index("<JDBOR ")
    text = text[:root] + note + text[root:]
    return text.encode("utf-8"), added, codes


def dutch_synonyms_without_entity(active):
    """ORPHA_synonyms_nl.tsv: the 2022 Dutch synonyms of active codes that have no entity in the Dutch file, which the
    official structure cannot hold (an entity needs a Dutch <Name>); returns (text, synonyms, codes)."""
    entities = set()
    for _, el in ET.iterparse(os.path.join(SOURCE, "reconstructed", "ORPHAnomenclature_nl.xml")):
        if el.tag == "Disorder" and el.find("OrphaCode") is not None:
            entities.add(el.findtext("OrphaCode"))
            el.clear()
    lines, added, codes = ["orpha_code\tsynonym"], 0, 0
    for r in read_tsv(SYNONYMS_TSV):
        code = r["orpha_code"]
        if code not in active or code in entities:
            continue
        seen, kept = set(), []
        for s in (s.strip() for s in r["synonyms_nl"].split("|")):
            if s and s.lower() not in seen:
                seen.add(s.lower())
                kept.append(s)
        lines.extend(f"{code}\t{s}" for s in kept)
        added += len(kept)
        codes += 1 if kept else 0
    return "\n".join(lines) + "\n", added, codes


def classification_xml(cid, head, title, orpha_number, children, facts):
    out = io.StringIO()
    w = out.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    w("<!--\nRECONSTRUCTED FILE - not an official Orphanet release.\n"
      f"Classification {cid} is absent from the public July 2025 pack snapshot. Its parent->child edges are the rows of\n"
      "orphanet_2025_hierarchy.tsv with source derived_orphapacket_2025_07: every July 2025 ORPHApacket parent edge whose\n"
      "parent lies under the classification head (recall 1.000, precision 0.991 when tested on the 31 real files).\n"
      "Names, ids and typologies are those of ORPHAnomenclature_en.xml. A node with several parents is repeated under each,\n"
      "as in the official files. Built by scripts/build-shipped-pack.py.\n"
      "Data: Orphanet, CC BY 4.0. Orphadata: Free access data from Orphanet. (c) INSERM 1999. Available on\n"
      "https://www.orphadata.com. Data version: Orphanet nomenclature pack July 2025 (1.3.42 / 4.1.8 [2025-03-03]).\n"
      "Changes made: reconstruction as described above.\n-->\n")
    w('<JDBOR ExtractionDate="2025-06-24" version="1.3.42 / 4.1.8 [2025-03-03]" copyright="Orphanet (c) 2025">\n')
    w('  <Availability>\n    <Licence>\n'
      '      <FullName lang="en">Creative Commons Attribution 4.0 International</FullName>\n'
      '      <ShortIdentifier>CC-BY-4.0</ShortIdentifier>\n'
      '      <LegalCode>https://creativecommons.org/licenses/by/4.0/legalcode</LegalCode>\n'
      '    </Licence>\n  </Availability>\n')
    w('  <ClassificationList count="1">\n')
    w(f'    <Classification id="{cid}">\n')
    if orpha_number:
        w(f"      <OrphaNumber>{orpha_number}</OrphaNumber>\n")
    w(f'      <Name lang="en">{escape(title)}</Name>\n')
    w('      <ClassificationNodeRootList count="1">\n')

    def node(code, depth, path):
        pad = "  " * depth
        disorder_id, name, type_id, type_name = facts[code]
        w(f"{pad}<ClassificationNode>\n")
        w(f'{pad}  <Disorder id="{disorder_id}">\n')
        w(f"{pad}    <OrphaCode>{code}</OrphaCode>\n")
        w(f'{pad}    <ExpertLink lang="en">http://www.orpha.net/consor/cgi-bin/OC_Exp.php?lng=en&amp;Expert={code}</ExpertLink>\n')
        w(f'{pad}    <Name lang="en">{escape(name)}</Name>\n')
        if type_id:
            w(f'{pad}    <DisorderType id="{type_id}">\n{pad}      <Name lang="en">{escape(type_name)}</Name>\n{pad}    </DisorderType>\n')
        else:
            w(f"{pad}    <DisorderType/>\n")
        w(f"{pad}  </Disorder>\n")
        kids = sorted(children.get(code, []), key=lambda c: (facts[c][1].lower(), int(c)))
        w(f'{pad}  <ClassificationNodeChildList count="{len(kids)}">\n')
        for kid in kids:
            if kid in path:
                raise SystemExit(f"cycle in classification {cid} at {kid}")
            node(kid, depth + 2, path | {kid})
        w(f"{pad}  </ClassificationNodeChildList>\n")
        w(f"{pad}</ClassificationNode>\n")

    node(head, 4, {head})
    w("      </ClassificationNodeRootList>\n    </Classification>\n  </ClassificationList>\n</JDBOR>\n")
    return out.getvalue()


MASTER_FILE = "ORPHAnomenclature_MasterFile_en_2025.xlsx"
SHEET_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
RELATION_2022 = (("exacte overeenkomst", "E"), ("NTBT", "NTBT"), ("BTNT", "BTNT"))


def sheet_rows(path, sheet):
    """The rows of one sheet of an XLSX file as {column letter: text}, read with the standard library."""
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    with zipfile.ZipFile(path) as z:
        strings = ["".join(t.text or "" for t in si.iter("{%s}t" % SHEET_NS["m"]))
                   for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", SHEET_NS)]
        targets = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
        sheets = {s.get("name"): targets[s.get(rel)] for s in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", SHEET_NS)}
        root = ET.fromstring(z.read("xl/" + sheets[sheet]))
    for row in root.find("m:sheetData", SHEET_NS).findall("m:row", SHEET_NS):
        cells = {}
        for c in row.findall("m:c", SHEET_NS):
            v = c.find("m:v", SHEET_NS)
            text = strings[int(v.text)] if c.get("t") == "s" else (v.text if v is not None else "")
            cells[re.match(r"[A-Z]+", c.get("r")).group(0)] = text
        yield cells


def icd_mappings():
    """(TSV text, ICD-10 rows, ICD-11 rows, ICD-11 rows with a 2022 relation) from the Master file."""
    stated = {}
    for r in read_tsv(SYNONYMS_TSV):
        for code, relation in zip(r["icd11_codes"].split("|"), r["icd11_mapping_relations"].split("|")):
            for prefix, value in RELATION_2022:
                if relation.startswith(prefix):
                    stated[(r["orpha_code"], code)] = value
    master = os.path.join(SOURCE, "pack-2025", MASTER_FILE)
    lines = ["orpha_code\ticd_revision\ticd_code\tmapping_relation\trelation_source"]
    counts = {"ICD-10": 0, "ICD-11": 0, "stated": 0}
    for sheet, revision, header in (("ICD10", "ICD-10", "ICDcodes"), ("ICD11", "ICD-11", "ICD-11 MMS codes")):
        rows = sheet_rows(master, sheet)
        first = next(rows)
        if first.get("A") != "ORPHAcode" or first.get("D") != header:
            raise SystemExit(f"{MASTER_FILE} sheet {sheet}: unexpected header {first}")
        seen = set()
        for r in rows:
            # One row per code or per synonym; the code rows have column D. One ICD-10 code ends in a stray comma.
            code = r.get("D", "").strip().rstrip(",")
            if not code or (r["A"], code) in seen:
                continue
            seen.add((r["A"], code))
            relation = stated.get((r["A"], code), "") if revision == "ICD-11" else ""
            source = "orphanet_icd11_mapping_2022" if relation else ""
            counts["stated"] += 1 if relation else 0
            counts[revision] += 1
            lines.append(f"{r['A']}\t{revision}\t{code}\t{relation}\t{source}")
    return "\n".join(lines) + "\n", counts


def main():
    facts = entity_facts()
    titles = {r["classification_id"]: r for r in read_tsv("orphanet_2025_classifications.tsv")}
    edges = defaultdict(lambda: defaultdict(list))
    for r in read_tsv("orphanet_2025_hierarchy.tsv"):
        if r["source"] == "derived_orphapacket_2025_07":
            edges[r["classification_id"]][r["parent_code"]].append(r["child_code"])

    active = active_codes()
    dutch, synonym_count, synonym_codes = dutch_with_synonyms(active)
    without_entity, without_count, without_codes = dutch_synonyms_without_entity(active)
    entries = []
    for lang in ("en", "nl"):
        if lang == "en":
            entries.append(("ORPHAnomenclature_en.xml", os.path.join(SOURCE, "reconstructed", "ORPHAnomenclature_en.xml")))
        folder = os.path.join(SOURCE, "pack-2025", "Classifications", lang)
        for name in sorted(os.listdir(folder)):
            entries.append((f"Classifications/{lang}/{name}", os.path.join(folder, name)))
    entries.append(("LICENSE.md", os.path.join(SOURCE, "pack-2025", "LICENSE.md")))

    icd, icd_counts = icd_mappings()
    generated = [("ORPHAnomenclature_nl.xml", dutch), ("ORPHA_synonyms_nl.tsv", without_entity.encode("utf-8")),
                 ("ORPHA_ICD_mappings.tsv", icd.encode("utf-8"))]
    for cid, (head, slug) in MISSING.items():
        row = titles[cid]
        text = classification_xml(cid, head, row["name_en"], row["classification_orphanumber"], edges[cid], facts)
        generated.append((f"Classifications/en/ORPHAclassification_{cid}_{slug}_en.xml", text.encode("utf-8")))

    provenance = (
        "# Shipped Orphanet nomenclature pack (July 2025)\n\n"
        "Orphadata: Free access data from Orphanet. © INSERM 1999. Available on https://www.orphadata.com.\n"
        "Data version: Orphanet nomenclature pack, July 2025 (JDBOR version \"1.3.42 / 4.1.8 [2025-03-03]\", extraction 2025-06-24).\n"
        "Licence: CC BY 4.0 (LICENSE.md). Orphanet has not reviewed or endorsed the reconstructed files.\n\n"
        "- ORPHAnomenclature_en.xml, ORPHAnomenclature_nl.xml: RECONSTRUCTED in the official structure (see the comment at\n"
        "  the top of each file).\n"
        f"- ORPHAnomenclature_nl.xml also holds {synonym_count} Dutch synonyms of {synonym_codes} active conditions, ADDED from Orphanet's\n"
        "  2022 Dutch ORPHA-to-ICD-11 mapping (orphanet_nl_synonyms_icd11_2022.tsv; RD-CODE ORPHA_ICD11_mapping/ORPHA_ICD11_mapping_nl.xml,\n"
        "  commit 1a9d6c778aae643eb17092586fc704bdea76dcbf; CC BY 4.0; " + SYNONYMS_CITATION + ").\n"
        "  Only codes active in July 2025 with a Dutch entity in this file; synonyms equal to the Dutch preferred name are left out.\n"
        f"- ORPHA_synonyms_nl.tsv: {without_count} Dutch synonyms of {without_codes} active conditions that have no entity in\n"
        "  ORPHAnomenclature_nl.xml (and mostly no Dutch name at all), ADDED from the same 2022 mapping and licence: the\n"
        "  official structure cannot hold them, as an entity needs a Dutch <Name>. Columns orpha_code, synonym; source order,\n"
        "  repeats (ignoring case) left out.\n"
        f"- ORPHA_ICD_mappings.tsv: CONVERTED from {MASTER_FILE} (sheets ICD10 and ICD11; REAL, July 2025):\n"
        f"  {icd_counts['ICD-10']} ORPHAcode-ICD-10 and {icd_counts['ICD-11']} ORPHAcode-ICD-11 (MMS) alignments of active disorders, codes as\n"
        "  written (ICD-10 dagger + and asterisk * kept; one stray trailing comma removed). The Master file states no mapping\n"
        "  relation: mapping_relation is empty except for the " + str(icd_counts['stated']) + " ICD-11 alignments whose ORPHAcode and code are\n"
        "  in Orphanet's 2022 ORPHA-to-ICD-11 mapping, which gives it (E, NTBT, BTNT; relation_source orphanet_icd11_mapping_2022).\n"
        "- Classifications/{en,nl}: the 31 real July 2025 classification files, byte for byte.\n"
        "- Classifications/en ids 147, 156, 181: RECONSTRUCTED from ORPHApacket parent links (see each file's comment).\n\n"
        "Built by scripts/build-shipped-pack.py from ../shared/data/orphanet.\n")

    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    with zipfile.ZipFile(TARGET, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        def put(name, data):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
        for name, path in entries:
            with open(path, "rb") as f:
                put(name, f.read())
        for name, data in generated:
            put(name, data)
        put("PROVENANCE.md", provenance.encode("utf-8"))
    print(f"wrote {TARGET} ({os.path.getsize(TARGET) // 1024} KiB, {len(entries) + len(generated) + 1} files; "
          f"{synonym_count} Dutch synonyms of {synonym_codes} conditions added, {without_count} of {without_codes} without a "
          f"Dutch entity; ICD alignments {icd_counts})")


if __name__ == "__main__":
    main()
