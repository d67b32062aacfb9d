package nl.ecza.registry.nomenclature.importer.xml;

import java.util.List;

/** A parsed ORPHAnomenclature_{lang}.xml. */
public record NomenclatureFile(String file, String language, PackHeader header, List<NomenclatureEntry> entries) {
}
