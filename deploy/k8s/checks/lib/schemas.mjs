// Validation of every rendered object against the JSON schema of its kind, unknown fields refused:
//  - Kubernetes kinds: the validators of the pinned npm package kubernetes-models;
//  - Prometheus Operator and Gateway API kinds: the pinned @kubernetes-models packages;
//  - Strimzi, CloudNativePG and Barman Cloud plugin kinds: the openAPIV3Schema of the operators'
//    released CRDs, vendored in schemas/ (schemas/README.md names the releases).
// The npm validators are compiled ajv code that accepts unknown fields; each object is handed to
// them through proxies that record which properties the validator looked at: a property it never
// looked at, in an object whose keys it never enumerated (a map), is not in the schema.
import Ajv from "ajv";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const schemaDir = join(here, "..", "schemas");

const packages = {
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
  "gateway.networking.k8s.io": "@kubernetes-models/gateway-api",
};

const npmValidators = new Map();
async function npmValidator(apiVersion, kind) {
  const key = `${apiVersion}/${kind}`;
  if (npmValidators.has(key)) return npmValidators.get(key);
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const spec = packages[group]
    ? `${packages[group]}/${group}/${version}/${kind}`
    : `kubernetes-models/${group ? `${group}/` : ""}${version}/${kind}`;
  let fn = null;
  try {
    // The model's file (its path is its module name); Node 18 has no import.meta.resolve.
    const file = join(here, "..", "node_modules", `${spec}.js`);
    const url = pathToFileURL(file).href;
    const text = readFileSync(file, "utf8");
    const m = text.match(/import\{validate\}from"([^"]+)"/);
    if (m) fn = (await import(new URL(m[1], url).href)).validate;
  } catch {
    fn = null;
  }
  npmValidators.set(key, fn);
  return fn;
}

// Structural-schema semantics of the API server: an object schema with properties and neither
// additionalProperties nor x-kubernetes-preserve-unknown-fields admits no other field.
function closeSchema(s) {
  if (Array.isArray(s)) return s.map(closeSchema);
  if (!s || typeof s !== "object") return s;
  const out = {};
  for (const [k, v] of Object.entries(s)) out[k] = k === "properties" ? Object.fromEntries(Object.entries(v).map(([p, ps]) => [p, closeSchema(ps)])) : closeSchema(v);
  if (out.properties && out.additionalProperties === undefined && !out["x-kubernetes-preserve-unknown-fields"]) out.additionalProperties = false;
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const crdValidators = new Map();
for (const f of readdirSync(schemaDir).filter((f) => f.endsWith(".json"))) {
  const [group, version, kind] = f.replace(/\.json$/, "").split("_");
  const schema = closeSchema(JSON.parse(readFileSync(join(schemaDir, f), "utf8")));
  // metadata is checked by the Kubernetes ObjectMeta schema below, not by the CRD.
  if (schema.properties?.metadata) schema.properties.metadata = { type: "object" };
  crdValidators.set(`${group}/${version}/${kind}`, ajv.compile(schema));
}
export const crdKinds = [...crdValidators.keys()];

let objectMeta;
async function metaValidator() {
  objectMeta ??= (await import("@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta")).validate;
  return objectMeta;
}

function tracked(value, path, records) {
  if (Array.isArray(value)) return value.map((v, i) => tracked(v, `${path}[${i}]`, records));
  if (!value || typeof value !== "object") return value;
  const record = { value, path, seen: new Set(), enumerated: false };
  records.push(record);
  const target = {};
  for (const [k, v] of Object.entries(value)) target[k] = tracked(v, `${path}.${k}`, records);
  return new Proxy(target, {
    get(t, k, r) {
      if (typeof k === "string") record.seen.add(k);
      return Reflect.get(t, k, r);
    },
    has(t, k) {
      if (typeof k === "string") record.seen.add(k);
      return Reflect.has(t, k);
    },
    ownKeys(t) {
      record.enumerated = true;
      return Reflect.ownKeys(t);
    },
  });
}

function ajvMessages(id, errors) {
  return (errors ?? []).slice(0, 5).map((e) => {
    const where = e.instancePath || "/";
    if (e.keyword === "additionalProperties") return `${id}: ${where}: unknown field ${e.params.additionalProperty}`;
    return `${id}: ${where}: ${e.message ?? `${e.keyword} ${JSON.stringify(e.params)}`}${e.params?.allowedValues ? ` (${e.params.allowedValues.join(", ")})` : ""}`;
  });
}

function runTracked(fn, id, obj) {
  const records = [];
  const proxy = tracked(obj, "", records);
  const problems = [];
  if (!fn(proxy)) problems.push(...ajvMessages(id, fn.errors));
  for (const r of records) {
    if (r.enumerated) continue;
    for (const k of Object.keys(r.value)) if (!r.seen.has(k)) problems.push(`${id}: ${r.path || "/"}: unknown field ${k}`);
  }
  return problems;
}

// Most objects are the same in every render and every mutation: each distinct one is validated once.
const cache = new Map();
export async function validateObject(obj) {
  const key = JSON.stringify(obj);
  if (!cache.has(key)) cache.set(key, await validateUncached(obj));
  return cache.get(key);
}

async function validateUncached(obj) {
  const id = `${obj?.kind ?? "object"}/${obj?.metadata?.name ?? "?"}`;
  if (!obj?.apiVersion || !obj?.kind) return [`${id}: no apiVersion or kind`];
  if (!obj.metadata?.name) return [`${id}: no metadata.name`];
  const crd = crdValidators.get(`${obj.apiVersion}/${obj.kind}`);
  if (crd) {
    const problems = crd(obj) ? [] : ajvMessages(id, crd.errors);
    problems.push(...runTracked(await metaValidator(), `${id} metadata`, obj.metadata));
    return problems;
  }
  const group = obj.apiVersion.includes("/") ? obj.apiVersion.split("/")[0] : "";
  if (["kafka.strimzi.io", "postgresql.cnpg.io", "barmancloud.cnpg.io"].includes(group)) {
    return [`${id}: ${obj.apiVersion} ${obj.kind} is not a kind of the pinned operators' CRDs (schemas/)`];
  }
  const fn = await npmValidator(obj.apiVersion, obj.kind);
  if (!fn) return [`${id}: no schema for ${obj.apiVersion} ${obj.kind}`];
  return runTracked(fn, id, obj);
}
