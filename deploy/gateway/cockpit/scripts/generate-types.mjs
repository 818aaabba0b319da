// The cockpit's API types are the ones clients/typescript generates from contracts/openapi, so the
// page and the client story can never disagree about a field. This runs that folder's own pinned
// generator (installing it first when needed) and copies the four documents the cockpit calls
// as declaration files: they hold types only, so nothing of them reaches the bundle or build/.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const clients = fileURLToPath(new URL("../../../../clients/typescript/", import.meta.url));
const target = fileURLToPath(new URL("../src/generated/", import.meta.url));
const services = ["indicator-service", "project-service", "enterprise-service", "approval-service"];

function run(...args) {
  execFileSync("npm", ["--prefix", clients, ...args], { stdio: ["ignore", "ignore", "inherit"] });
}

const installed = `${clients}node_modules/.package-lock.json`;
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(`${clients}package-lock.json`).mtimeMs) {
  run("ci", "--no-audit", "--no-fund");
}
run("run", "generate");
mkdirSync(target, { recursive: true });
for (const service of services) {
  copyFileSync(`${clients}generated/${service}.ts`, `${target}${service}.d.ts`);
}
