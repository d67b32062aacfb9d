// Validates rendered Kubernetes manifests offline, without a cluster.
//   node validate.mjs <label>=<rendered.yaml> ...      exit 0: all valid, 1: an object is invalid, 2: usage
//
// Schemas: kubernetes-models (the Kubernetes OpenAPI spec compiled into ajv validators) and
// @kubernetes-models/cloudnative-pg (the CloudNativePG API types, same form); versions in package.json.
// Three checks per object:
//  1. the schema: types, required fields, formats, enums where the spec has them;
//  2. strict: no field the schema does not know (a typo such as `replica:` is otherwise silently dropped by
//     the API server). The compiled validators ignore unknown fields, so we watch which fields they read:
//     a field of an object whose schema was consulted but never asked for is unknown (kubeconform -strict);
//  3. rules the API server enforces that no schema expresses (below, `serverRules`).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

// API groups whose schemas come from a CRD package; every other group from kubernetes-models.
const CRD_PACKAGES = { "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg" };

async function modelFor(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const pkg = CRD_PACKAGES[group] ?? "kubernetes-models";
  try {
    const module = await import(`${pkg}/${apiVersion}/${kind}`);
    return module[kind];
  } catch {
    return undefined;
  }
}

// A proxy that records, per object of the manifest, which fields the validator read.
function tracked(root) {
  const reads = new Map();
  const proxies = new WeakMap();
  const wrap = (value) => {
    if (value === null || typeof value !== "object") return value;
    if (!proxies.has(value)) {
      reads.set(value, new Set());
      proxies.set(value, new Proxy(value, {
        get(target, key, receiver) {
          if (typeof key === "string") reads.get(target).add(key);
          return wrap(Reflect.get(target, key, receiver));
        },
      }));
    }
    return proxies.get(value);
  };
  return { proxy: wrap(root), reads };
}

// Objects the validator read no field of are free-form (maps, preserve-unknown-fields): not judged.
function unknownFields(node, reads, path = "", found = []) {
  if (node === null || typeof node !== "object") return found;
  const read = reads.get(node);
  for (const [key, value] of Object.entries(node)) {
    if (!Array.isArray(node) && read && read.size > 0 && !read.has(key)) found.push(`${path}/${key}`);
    unknownFields(value, reads, `${path}/${key}`, found);
  }
  return found;
}

// Where a workload keeps its pod spec: [path, spec].
function podSpecOf(object) {
  const spec = object.spec ?? {};
  if (object.kind === "Pod") return ["/spec", spec];
  if (spec.jobTemplate) return ["/spec/jobTemplate/spec/template/spec", spec.jobTemplate.spec?.template?.spec];
  return ["/spec/template/spec", spec.template?.spec];
}

// What the API server refuses although the OpenAPI schema allows it.
function serverRules(object) {
  const problems = [];
  if (!object.metadata?.name && !object.metadata?.generateName) problems.push("/metadata/name is required");
  const [path, pod] = podSpecOf(object);
  for (const [i, c] of (pod?.containers ?? []).entries()) {
    if (!c.image) problems.push(`${path}/containers/${i}/image is required (container ${c.name})`);
  }
  const selector = object.spec?.selector?.matchLabels;
  const labels = object.spec?.template?.metadata?.labels ?? {};
  if (object.spec?.template && selector) {
    for (const [k, v] of Object.entries(selector)) {
      if (labels[k] !== v) problems.push(`/spec/selector does not match the pod template's labels (${k}=${v})`);
    }
  }
  return problems;
}

async function validate(object) {
  const { apiVersion, kind } = object ?? {};
  if (typeof apiVersion !== "string" || typeof kind !== "string") return ["apiVersion and kind are required"];
  const Model = await modelFor(apiVersion, kind);
  if (!Model) return [`no schema for ${apiVersion} ${kind}: unknown to Kubernetes and to the CRD packages`];
  const { proxy, reads } = tracked(object);
  try {
    Model.prototype.validate.call(proxy);
  } catch (e) {
    // Schema errors first; fields unread after a failed branch would only be noise.
    return (e.errors ?? [{ instancePath: "", message: e.message }]).map((err) =>
      `${err.instancePath || "/"} ${err.message}${err.params?.allowedValues ? ` (${err.params.allowedValues.join(", ")})` : ""}`);
  }
  return [...unknownFields(object, reads).map((p) => `${p}: unknown field`), ...serverRules(object)];
}

const args = process.argv.slice(2);
if (args.length === 0 || args.some((a) => !a.includes("="))) {
  console.error("usage: node validate.mjs <label>=<rendered.yaml> ...");
  process.exit(2);
}
let invalid = 0;
for (const arg of args) {
  const [label, file] = arg.split(/=(.*)/s);
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  const kinds = {};
  let count = 0;
  for (const doc of docs) {
    if (doc.errors.length) {
      console.error(`  ✗ ${label}: YAML error: ${doc.errors[0].message}`);
      invalid++;
      continue;
    }
    const object = doc.toJS();
    if (object === null) continue;
    count++;
    const name = `${object.kind ?? "?"}/${object.metadata?.name ?? object.metadata?.generateName ?? "?"}`;
    const problems = await validate(object);
    if (problems.length) {
      invalid++;
      for (const p of problems) console.error(`  ✗ ${label} ${object.apiVersion} ${name}: ${p}`);
    } else {
      kinds[object.kind] = (kinds[object.kind] ?? 0) + 1;
    }
  }
  if (count === 0) {
    console.error(`  ✗ ${label}: no objects (nothing rendered?)`);
    invalid++;
  }
  const valid = Object.values(kinds).reduce((a, b) => a + b, 0);
  const summary = Object.entries(kinds).map(([k, n]) => (n > 1 ? `${n} ${k}` : k)).join(", ");
  console.log(`  ${label}: ${count} object(s), ${count - valid} invalid; valid: ${summary || "none"}`);
}
if (invalid) {
  console.error(`INVALID: ${invalid} object(s) failed validation`);
  process.exit(1);
}
