// Mutation test of the checks (deploy/suite test, tier "k8s"): applies each deliberate breakage
// of mutations.yaml, one at a time, to a temporary copy of deploy/k8s (and docs/operations.md),
// re-renders only what the changed file can change, runs the checks in this process and fails
// when a breakage passes them. A breakage is either a text change of a file (file, find,
// replace: the first occurrence, which must exist) or a change of one rendered object (render,
// object Kind/name, path, and value or delete).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { runChecks } from "./lib/checks.mjs";
import { affected, renderAll } from "./lib/render.mjs";
import { runbookProblems } from "./lib/runbook.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const realK8s = join(here, "..");
const realRoot = join(realK8s, "..", "..");
const started = Date.now();
const mutations = parse(readFileSync(join(here, "mutations.yaml"), "utf8"));
const only = process.argv[2];

const tmp = mkdtempSync(join(tmpdir(), "k8s-mutations-"));
const k8s = join(tmp, "deploy", "k8s");
const docs = join(tmp, "docs", "operations.md");
cpSync(realK8s, k8s, { recursive: true, filter: (src) => !src.includes("node_modules") });
mkdirSync(dirname(docs), { recursive: true });
cpSync(join(realRoot, "docs", "operations.md"), docs);

const problemSet = (results) => new Set(results.flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`)));
async function checksOf(renders, withRunbook) {
  const results = await runChecks({ k8s, root: realRoot, docs, renders });
  if (withRunbook) results.push({ name: "runbook", problems: await runbookProblems([docs, join(k8s, "README.md")], tmp) });
  return results;
}

const baseRenders = await renderAll(k8s);
const baseline = problemSet(await checksOf(baseRenders, true));
let exit = 0;
if (baseline.size) {
  console.log("FAIL  the unbroken manifests do not pass the checks:");
  for (const p of baseline) console.log(`      - ${p}`);
  exit = 1;
}

const setPath = (obj, path, value, remove) => {
  const keys = path.split(".");
  const last = keys.pop();
  const parent = keys.reduce((o, k) => o?.[k], obj);
  if (parent === undefined || parent === null) throw new Error(`no ${path}`);
  if (remove) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = value;
};

let caught = 0;
const missed = [];
const categories = new Map();
for (const m of mutations.filter((x) => !only || x.name.includes(only))) {
  let renders = baseRenders;
  let restore = null;
  let withRunbook = false;
  try {
    if (m.file) {
      const path = m.file.startsWith("docs/") ? join(tmp, m.file) : join(k8s, m.file);
      const original = readFileSync(path, "utf8");
      if (!original.includes(m.find)) throw new Error(`${m.file} does not contain the text to change`);
      writeFileSync(path, original.replace(m.find, m.replace ?? ""));
      restore = () => writeFileSync(path, original);
      withRunbook = m.file.startsWith("docs/") || m.file === "README.md" || m.file.startsWith("tools/");
      const names = m.file.startsWith("docs/") ? [] : affected(k8s, m.file);
      renders = { ...baseRenders, ...(names.length ? await renderAll(k8s, names) : {}) };
    } else {
      renders = structuredClone(baseRenders);
      const [kind, name] = m.object.split("/");
      const obj = renders[m.render]?.objects.find((o) => o.kind === kind && o.metadata?.name === name);
      if (!obj) throw new Error(`no ${m.object} in ${m.render}`);
      setPath(obj, m.path, m.value, m.delete === true);
    }
    const found = [...problemSet(await checksOf(renders, withRunbook))].filter((p) => !baseline.has(p));
    const c = categories.get(m.category) ?? { total: 0, caught: 0 };
    c.total++;
    if (found.length) {
      caught++;
      c.caught++;
      console.log(`ok    ${m.name}\n        ${found[0]}`);
    } else {
      missed.push(m.name);
      console.log(`MISS  ${m.name}`);
    }
    categories.set(m.category, c);
  } catch (e) {
    missed.push(m.name);
    console.log(`FAIL  ${m.name}: ${e.message}`);
  } finally {
    restore?.();
  }
}
rmSync(tmp, { recursive: true, force: true });
const count = mutations.filter((x) => !only || x.name.includes(only)).length;
console.log(`categories: ${[...categories].map(([k, v]) => `${k} ${v.caught}/${v.total}`).join(", ")}`);
console.log(`${caught} of ${count} breakages caught${missed.length ? `; missed: ${missed.join("; ")}` : ""} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (missed.length || (!only && count < 40)) exit = 1;
process.exit(exit);
