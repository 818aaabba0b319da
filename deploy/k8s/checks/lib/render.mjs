// Rendering: every overlay, and each kustomization under checks/render (an overlay with an
// optional component, as an operator would combine them), with `kubectl kustomize` (offline).
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseAllDocuments } from "yaml";

const run = promisify(execFile);

export function parseYaml(text, where) {
  return parseAllDocuments(text)
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${where}: ${doc.errors[0].message}`);
      return doc.toJS();
    })
    .filter((o) => o && typeof o === "object");
}

// name → directory (relative to deploy/k8s). dev and prod first; the others build on prod.
export function targets(k8s) {
  const list = readdirSync(join(k8s, "overlays")).sort().map((o) => ({ name: o, dir: `overlays/${o}` }));
  const extra = join(k8s, "checks", "render");
  if (existsSync(extra)) for (const r of readdirSync(extra).sort()) list.push({ name: r, dir: `checks/render/${r}` });
  return list;
}

// The targets a changed file (relative to deploy/k8s) can change.
export function affected(k8s, file) {
  const all = targets(k8s);
  if (file.startsWith("base/")) return all.map((t) => t.name);
  if (file.startsWith("overlays/")) {
    const overlay = file.split("/")[1];
    return all.filter((t) => t.name === overlay || (overlay === "prod" && t.dir.startsWith("checks/render/"))).map((t) => t.name);
  }
  if (file.startsWith("components/")) {
    const component = file.split("/").slice(1, 3).join("/");
    // monitoring is in prod.
    if (component.startsWith("monitoring")) return all.filter((t) => t.name !== "dev").map((t) => t.name);
    // The other components are rendered by the kustomizations under checks/render.
    return all.filter((t) => t.dir.startsWith("checks/render/")).map((t) => t.name);
  }
  if (file.startsWith("checks/render/")) return [file.split("/")[2]];
  return [];
}

export async function render(k8s, target) {
  try {
    const { stdout } = await run("kubectl", ["kustomize", join(k8s, target.dir)], { maxBuffer: 64 << 20 });
    const objects = parseYaml(stdout, target.dir);
    return { ...target, objects, error: objects.length ? null : "renders nothing" };
  } catch (e) {
    return { ...target, objects: [], error: String(e.stderr || e.message).trim().split("\n")[0] };
  }
}

export async function renderAll(k8s, names) {
  const list = targets(k8s).filter((t) => !names || names.includes(t.name));
  const out = {};
  // Two at a time: the machine has two cores.
  for (let i = 0; i < list.length; i += 2) {
    const done = await Promise.all(list.slice(i, i + 2).map((t) => render(k8s, t)));
    for (const r of done) out[r.name] = r;
  }
  return out;
}
