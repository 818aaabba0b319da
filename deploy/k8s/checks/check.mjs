// Offline checks of the Kubernetes deployment (deploy/suite test, tier "k8s"): renders every
// overlay and the combinations under render/, validates every object against the schema of its
// kind (schemas.mjs), cross-checks references, Kafka, PostgreSQL, network policies, alerts,
// environment and runbook (lib/checks.mjs, lib/runbook.mjs). Prints one line per check and exits
// 1 when any fails. The mutation test (mutate.mjs) runs the same checks on broken copies.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runChecks } from "./lib/checks.mjs";
import { dockerfileProblems } from "./lib/docker.mjs";
import { renderAll } from "./lib/render.mjs";
import { runbookProblems } from "./lib/runbook.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const k8s = join(here, "..");
const root = join(k8s, "..", "..");
const docs = join(root, "docs", "operations.md");

const renders = await renderAll(k8s);
const results = await runChecks({ k8s, root, docs, renders });
results.push({ name: "runbook: every kubectl command parses (offline, closed-port kubeconfig)", problems: await runbookProblems([docs, join(k8s, "README.md")], root) });
results.push({ name: "deploy/docker: the Dockerfiles copy what exists (after mvn package)", problems: dockerfileProblems(root, k8s) });
let failed = 0;
for (const { name, problems } of results) {
  console.log(`${problems.length ? "FAIL" : "ok  "}  ${name}`);
  for (const p of problems) console.log(`      - ${p}`);
  if (problems.length) failed++;
}
console.log(failed ? `${failed} of ${results.length} checks failed` : `all ${results.length} checks passed`);
process.exit(failed ? 1 : 0);
