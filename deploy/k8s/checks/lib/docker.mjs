// What each Dockerfile copies exists (after `mvn package`); every service and the gateway have one.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";

function globExists(root, pattern) {
  const full = join(root, pattern.replace(/\/$/, ""));
  if (!full.includes("*")) return existsSync(full);
  const dir = dirname(full);
  const re = new RegExp(`^${full.slice(dir.length + 1).replace(/[.+^$()|[\]]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);
  return existsSync(dir) && readdirSync(dir).some((f) => re.test(f));
}

export function dockerfileProblems(root, k8s) {
  const problems = [];
  const dockerDir = join(root, "deploy", "docker");
  const dockerfiles = readdirSync(dockerDir).filter((f) => f.endsWith(".Dockerfile"));
  for (const service of [...readdirSync(join(k8s, "base", "services")), "gateway"]) {
    if (!dockerfiles.includes(`${service}.Dockerfile`)) problems.push(`no deploy/docker/${service}.Dockerfile`);
  }
  for (const file of dockerfiles) {
    const text = readFileSync(join(dockerDir, file), "utf8").replace(/\\\n/g, " ");
    if (!/^USER\s+(?!0\b|root\b)\S+/m.test(text)) problems.push(`${file}: does not switch to a non-root USER`);
    for (const line of text.split("\n")) {
      const m = line.match(/^\s*(COPY|ADD)\s+(.*)$/i);
      if (!m || /--from=/.test(m[2])) continue;
      const args = m[2].split(/\s+/).filter((a) => a && !a.startsWith("--"));
      for (const source of args.slice(0, -1)) if (!globExists(root, source)) problems.push(`${file}: COPY source ${source} does not exist (run mvn package first)`);
    }
    const jar = text.match(/(\S+)\/target\/quarkus-app\//);
    if (jar && !existsSync(join(root, jar[1], "target", "quarkus-app", "quarkus-run.jar"))) problems.push(`${file}: ${jar[1]} has no fast-jar (target/quarkus-app/quarkus-run.jar)`);
  }
  return problems;
}
