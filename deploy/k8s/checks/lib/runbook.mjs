// The runbook's kubectl commands, checked offline: each runs against a kubeconfig whose server is
// a closed port (https://127.0.0.1:1), never the default localhost:8080 (the suite's gateway). A
// command kubectl accepts gets as far as connecting and fails there; one it rejects (unknown
// flag, wrong argument form, missing file, kustomization that does not render) fails before.
// Commands of kubectl plugins (kubectl cnpg) cannot be parsed without the plugin and are skipped.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const PLUGINS = ["cnpg"];
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
  - name: closed
    cluster: {server: "https://127.0.0.1:1"}
contexts:
  - name: closed
    context: {cluster: closed, user: nobody, namespace: parksuite}
current-context: closed
users:
  - name: nobody
    user: {token: none}
`;

// kubectl commands of a Markdown text: inline code spans and lines of code blocks (with their
// continuation lines), up to a pipe or a command separator.
export function commands(text) {
  const out = [];
  for (const m of text.matchAll(/(?<!`)`(kubectl [^`]+)`(?!`)/g)) out.push(m[1]);
  for (const block of text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
    const lines = block[1].replace(/\\\n\s*/g, " ").split("\n");
    for (const l of lines) if (/^\s*kubectl /.test(l)) out.push(l.trim());
  }
  return out.map((c) => c.split(/\s(?:\||&&|;)\s/)[0].trim());
}

export function words(command) {
  const out = [];
  let cur = "";
  let quote = null;
  let any = false;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i];
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === "\\" && quote === '"' && i + 1 < command.length) cur += command[++i];
      else cur += ch;
    } else if (ch === "'" || ch === '"') { quote = ch; any = true; }
    else if (ch === "\\" && i + 1 < command.length) { cur += command[++i]; any = true; }
    else if (/\s/.test(ch)) { if (cur || any) out.push(cur); cur = ""; any = false; }
    else { cur += ch; any = true; }
  }
  if (cur || any) out.push(cur);
  return out;
}

export async function runbookProblems(files, cwd) {
  const dir = mkdtempSync(join(tmpdir(), "runbook-"));
  const kubeconfig = join(dir, "kubeconfig");
  writeFileSync(kubeconfig, KUBECONFIG);
  const problems = [];
  const jobs = [];
  for (const file of files) {
    for (const command of commands(readFileSync(file, "utf8"))) {
      // Placeholders: <service> and … stand for a value of the reader's choice.
      const args = words(command.replace(/<[^>]+>/g, "x").replace(/…/g, "x")).slice(1);
      if (PLUGINS.includes(args.find((a) => !a.startsWith("-")))) continue;
      // Files of the reader's own (a certificate, a key) cannot be read here.
      if (/--(cert|key|from-file)=</.test(command)) continue;
      if (args.some((a) => a.includes("$("))) { problems.push(`${command}: uses command substitution, not checkable`); continue; }
      jobs.push({ command, args });
    }
  }
  const one = async ({ command, args }) => {
    let output = "";
    try {
      const r = await run("kubectl", args, { cwd, env: { ...process.env, KUBECONFIG: kubeconfig, KUBERNETES_SERVICE_HOST: "" }, timeout: 20000 });
      output = r.stdout + r.stderr;
    } catch (e) {
      output = `${e.stdout ?? ""}${e.stderr ?? ""}${e.killed ? " (timed out)" : ""}`;
    }
    if (!output.includes("127.0.0.1:1")) problems.push(`${command}: ${output.trim().split("\n").find((l) => /error/i.test(l)) ?? output.trim().split("\n")[0]}`);
  };
  for (let i = 0; i < jobs.length; i += 4) await Promise.all(jobs.slice(i, i + 4).map(one));
  rmSync(dir, { recursive: true, force: true });
  return problems;
}
