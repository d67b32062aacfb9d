// Exit 0 when two multi-document YAML files hold the same objects (formatting aside), 1 otherwise.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const load = (file) => JSON.stringify(parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS()));
process.exit(load(process.argv[2]) === load(process.argv[3]) ? 0 : 1);
