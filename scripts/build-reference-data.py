#!/usr/bin/env python3
"""Writes the Flyway migration that seeds the registry's reference data: Dutch care institutions and the 24 ERNs.

Input: ../shared/data/hospitals/nl_healthcare_organisations_ror.csv (ROR, CC0) and
       ../shared/data/ern/european_reference_networks.csv.
Output: src/main/resources/db/migration/V3__reference_institutions_and_erns.sql

What this script adds to the source data (see docs/decisions/0006-reference-data.md):
- institution type: UMC (the `umc` column), categorical (a short list of single-specialty hospitals), general
  (hospital-like names and a few known general hospitals), other (the rest);
- `part_of` for department-level records of a hospital (children's hospitals, institutes);
- the Dutch city name (ROR writes "The Hague", "Flushing") and the province;
- Dutch names and scopes of the ERNs (the registry's own translation) and a URL-friendly code.
The ERN coordination offices that ROR lists as "healthcare" organisations are not institutions and are left out.
Institution ids are UUIDs derived from the ROR id (name-based, v5), so they are the same in every environment.
A Flyway migration never changes once applied: re-running this script must reproduce the file byte for byte.
"""
import csv
import os
import sys
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data"))
TARGET = os.path.join(ROOT, "src", "main", "resources", "db", "migration", "V3__reference_institutions_and_erns.sql")
NAMESPACE = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")  # RFC 4122 URL namespace

CITY = {"The Hague": "Den Haag", "Flushing": "Vlissingen", "Almere Stad": "Almere"}
PROVINCE = {
    "Groningen": ["Groningen", "Scheemda", "Stadskanaal", "Veendam"],
    "Fryslân": ["Leeuwarden", "Sneek", "Drachten", "Heerenveen"],
    "Drenthe": ["Assen", "Emmen", "Hoogeveen", "Coevorden"],
    "Overijssel": ["Zwolle", "Deventer", "Enschede", "Hengelo", "Almelo", "Oldenzaal"],
    "Flevoland": ["Almere"],
    "Gelderland": ["Apeldoorn", "Arnhem", "Nijmegen", "Ede", "Doetinchem", "Tiel", "Winterswijk", "Warnsveld"],
    "Utrecht": ["Utrecht", "Amersfoort", "Nieuwegein", "Zeist"],
    "Noord-Holland": ["Amsterdam", "Amstelveen", "Alkmaar", "Haarlem", "Hoofddorp", "Hoorn", "Purmerend", "Beverwijk",
                      "Zaandam", "Diemen", "Hilversum", "Blaricum", "Naarden", "Heiloo"],
    "Zuid-Holland": ["Rotterdam", "Den Haag", "Leiden", "Leiderdorp", "Delft", "Dordrecht", "Schiedam", "Zoetermeer",
                     "Capelle aan den IJssel", "Barendrecht", "Oegstgeest", "Noordwijk-Binnen"],
    "Zeeland": ["Vlissingen", "Goes", "Terneuzen"],
    "Noord-Brabant": ["'s-Hertogenbosch", "Eindhoven", "Tilburg", "Breda", "Helmond", "Veldhoven", "Geldrop", "Uden",
                      "Roosendaal", "Halsteren", "Mill", "Boekel", "Heeze"],
    "Limburg": ["Maastricht", "Heerlen", "Sittard", "Roermond", "Venlo", "Weert", "Kerkrade", "Gulpen", "Haelen"],
}
PROVINCE_OF = {city: province for province, cities in PROVINCE.items() for city in cities}

CATEGORICAL = {
    "02aj7yc53": "Prinses Máxima Centrum voor kinderoncologie",
    "03xqtf034": "Antoni van Leeuwenhoek, Nederlands Kanker Instituut",
    "0454gfp30": "Sint Maartenskliniek (houding en beweging)",
    "02hjc7j46": "Oogziekenhuis Rotterdam",
    "03bbe8e53": "Kempenhaeghe (epilepsie en slaap)",
}
# General hospitals whose ROR names do not look like one.
GENERAL = {"033xvax87", "045nawc23", "05exe6d14"}
# Hospital-like names that are not hospitals: private clinics, trial centres, telemedicine, sports medicine.
NOT_A_HOSPITAL = {"03xhpsm17", "00z1c3x88", "03gsbap19", "03j5g5d55", "01ypfvm35", "02258bk69", "01mgbxm56", "059gs6g36",
                  "04e53cd15", "02dm2pb39", "05h6np937", "01kmd8x15", "02wmkpz59", "0338da144", "01d3gh658"}
# Department-level ROR records -> the institution they belong to.
PART_OF = {
    "03t4gr691": "05grdyy37",  # Amsterdam UMC location AMC -> Amsterdam UMC
    "00q6h8f30": "05grdyy37",  # Amsterdam UMC location VUmc -> Amsterdam UMC
    "047b5av97": "03q4p1y48",  # Juliana Kinderziekenhuis -> HagaZiekenhuis
    "024pk8k39": "05wg1m734",  # Amalia Kinderziekenhuis -> Radboudumc
    "02zyr1680": "03cv38k47",  # Beatrix Kinderziekenhuis -> UMCG
    "00bmv4102": "05grdyy37",  # Emma Kinderziekenhuis -> Amsterdam UMC
    "047afsm11": "018906e22",  # Sophia Kinderziekenhuis -> Erasmus MC
    "03r4m3349": "018906e22",  # Erasmus MC Cancer Institute
    "004c11w41": "018906e22",  # Erasmus MC Hart en Vaat Instituut
    "0585v6057": "018906e22",  # Erasmus MC Transplant Institute
    "05fqypv61": "0575yy874",  # Wilhelmina Kinderziekenhuis -> UMC Utrecht
    "02xmm1048": "05xvt9f17",  # Willem-Alexander Kinderziekenhuis -> LUMC
}

ERN_NL = {
    "ERN BOND": ("bond", "zeldzame botaandoeningen"),
    "ERN CRANIO": ("cranio", "zeldzame craniofaciale afwijkingen en keel-, neus- en ooraandoeningen"),
    "Endo-ERN": ("endo-ern", "zeldzame endocriene aandoeningen"),
    "ERN EpiCARE": ("epicare", "zeldzame en complexe epilepsieën"),
    "ERKNet": ("erknet", "zeldzame nierziekten"),
    "ERNICA": ("ernica", "zeldzame erfelijke en aangeboren afwijkingen van het maag-darmkanaal"),
    "ERN EURACAN": ("euracan", "zeldzame solide tumoren bij volwassenen"),
    "ERN EURO-NMD": ("euro-nmd", "zeldzame neuromusculaire aandoeningen"),
    "ERN EuroBloodNet": ("eurobloodnet", "zeldzame hematologische aandoeningen"),
    "ERN eUROGEN": ("eurogen", "zeldzame urogenitale aandoeningen en complexe aandoeningen"),
    "ERN EYE": ("eye", "zeldzame oogaandoeningen"),
    "ERN GENTURIS": ("genturis", "erfelijke tumorsyndromen"),
    "ERN GUARD-HEART": ("guard-heart", "zeldzame en weinig voorkomende complexe hartaandoeningen"),
    "ERN ITHACA": ("ithaca", "zeldzame aangeboren afwijkingen en zeldzame verstandelijke beperkingen"),
    "ERN LUNG": ("lung", "zeldzame longaandoeningen"),
    "MetabERN": ("metabern", "erfelijke stofwisselingsziekten"),
    "ERN PaedCan": ("paedcan", "kinderkanker (hemato-oncologie)"),
    "ERN RARE-LIVER": ("rare-liver", "zeldzame leveraandoeningen"),
    "ERN ReCONNET": ("reconnet", "zeldzame bindweefsel- en musculoskeletale aandoeningen"),
    "ERN RITA": ("rita", "zeldzame immuundeficiënties en auto-inflammatoire en auto-immuunziekten"),
    "ERN-RND": ("rnd", "zeldzame neurologische aandoeningen"),
    "ERN Skin": ("skin", "zeldzame en niet-gediagnosticeerde huidaandoeningen"),
    "ERN TRANSPLANT-CHILD": ("transplant-child", "transplantatie bij kinderen"),
    "VASCERN": ("vascern", "zeldzame multisystemische vaataandoeningen"),
}


def sql(value):
    if value is None or value == "":
        return "null"
    if isinstance(value, (int, float)):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def institution_id(ror):
    return str(uuid.uuid5(NAMESPACE, "https://ror.org/" + ror))


def institution_type(row):
    ror = row["ror_id"]
    if row["umc"] or PART_OF.get(ror) in UMC_RORS:
        return "UMC"
    if ror in CATEGORICAL:
        return "CATEGORICAL"
    if ror in GENERAL or (row["hospital_like_name"] == "yes" and ror not in NOT_A_HOSPITAL):
        return "GENERAL"
    return "OTHER"


with open(os.path.join(DATA, "hospitals", "nl_healthcare_organisations_ror.csv"), encoding="utf-8") as f:
    ROWS = [r for r in csv.DictReader(f) if not (r["name"].startswith("ERN") or r["name"] in ("Endo-ERN", "ERNICA"))]
UMC_RORS = {r["ror_id"] for r in ROWS if r["umc"]}
RORS = {r["ror_id"] for r in ROWS}
assert all(parent in RORS for parent in PART_OF.values()), "a part_of parent is missing"


def main():
    out = ["-- Reference data: Dutch care institutions (ROR, CC0) and the 24 European Reference Networks.",
           "-- Generated by scripts/build-reference-data.py; do not edit (a new migration corrects it).", ""]
    out.append("insert into institution (id, ror_id, name, acronym, city, province, latitude, longitude, website, type, "
               "umc_group, part_of_id) values")
    values = []
    for r in sorted(ROWS, key=lambda r: (r["ror_id"] in PART_OF, r["name"])):
        city = CITY.get(r["city"], r["city"])
        province = PROVINCE_OF.get(city)
        assert province, "no province for " + city
        parent = PART_OF.get(r["ror_id"])
        values.append("  ({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {})".format(
            sql(institution_id(r["ror_id"])), sql(r["ror_id"]), sql(r["name"]), sql(r["acronym"].split(";")[0].strip()),
            sql(city), sql(province), r["latitude"] or "null", r["longitude"] or "null", sql(r["website"]),
            sql(institution_type(r)), sql(r["umc"]), sql(institution_id(parent)) if parent else "null"))
    out.append(",\n".join(values) + ";")
    out.append("")
    out.append("insert into ern (code, acronym, name_en, name_nl, scope_en, scope_nl, ror_id, name_confirmed, orphanet_heads, "
               "orphanet_heads_note) values")
    values = []
    with open(os.path.join(DATA, "ern", "european_reference_networks.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code, scope_nl = ERN_NL[r["ern_acronym"]]
            heads = "{" + ",".join(h.strip() for h in r["suggested_orphanet_heads"].split("|")) + "}"
            values.append("  ({}, {}, {}, {}, {}, {}, {}, {}, '{}', {})".format(
                sql(code), sql(r["ern_acronym"]), sql(r["full_name"]), sql("Europees referentienetwerk voor " + scope_nl),
                sql(r["thematic_scope"]), sql(scope_nl[0].upper() + scope_nl[1:]), sql(r["ror_id"]),
                "false" if r["name_source"].startswith("not confirmed") else "true", heads,
                sql(r["suggested_orphanet_heads_note"])))
    out.append(",\n".join(values) + ";")
    with open(TARGET, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", TARGET, len(ROWS), "institutions")


if __name__ == "__main__":
    main()
