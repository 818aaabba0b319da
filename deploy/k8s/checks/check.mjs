// Offline checks of the Kubernetes deployment (deploy/suite test, tier "k8s"):
//  1. `kubectl kustomize` renders every overlay;
//  2. every rendered object validates against its schema (Kubernetes and CloudNativePG models);
//     Strimzi, Prometheus Operator and Gateway API objects are checked for their required fields;
//  3. every Deployment has the three probes, requests and limits and the hardened security context;
//  4. every environment variable the services read in the prod profile reaches them from a
//     ConfigMap or a Secret;
//  5. every Kafka topic of deploy/local/kafka/topics.txt and of the services' configuration has
//     a KafkaTopic with the same partitions; external subscribers only read; each service is its
//     own Kafka user that writes only its own topics;
//  6. what each Dockerfile copies exists (after `mvn package`).
// Prints one line per check and exits 1 when any fails.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const k8s = join(here, "..");
const root = join(k8s, "..", "..");
const overlays = ["dev", "prod"];
const services = readdirSync(join(k8s, "base", "services"));
const modules = readdirSync(root).filter((d) => d.endsWith("-service") && existsSync(join(root, d, "pom.xml")));

const failures = [];
let checks = 0;
function check(name, problems) {
  checks++;
  if (problems.length === 0) {
    console.log(`ok    ${name}`);
  } else {
    console.log(`FAIL  ${name}`);
    for (const p of problems) console.log(`      - ${p}`);
    failures.push(name);
  }
}

function parseYaml(text, where) {
  return parseAllDocuments(text)
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${where}: ${doc.errors[0].message}`);
      return doc.toJS();
    })
    .filter((o) => o && typeof o === "object");
}

// ---- 1. render ------------------------------------------------------------------------------
const rendered = {};
for (const overlay of overlays) {
  const problems = [];
  try {
    const out = execFileSync("kubectl", ["kustomize", join(k8s, "overlays", overlay)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    rendered[overlay] = parseYaml(out, `overlays/${overlay}`);
    if (rendered[overlay].length === 0) problems.push("renders nothing");
  } catch (e) {
    problems.push(String(e.stderr || e.message).trim());
    rendered[overlay] = [];
  }
  check(`kubectl kustomize overlays/${overlay} renders (${rendered[overlay].length} objects)`, problems);
}
const componentObjects = {};
for (const component of readdirSync(join(k8s, "components"))) {
  const dir = join(k8s, "components", component);
  componentObjects[component] = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml")
    .flatMap((f) => parseYaml(readFileSync(join(dir, f), "utf8"), `components/${component}/${f}`));
}

// ---- 2. schemas -----------------------------------------------------------------------------
const strimziRequired = {
  Kafka: ["spec.kafka.listeners", "spec.kafka.version"],
  KafkaNodePool: ["spec.replicas", "spec.roles", "spec.storage.type", "metadata.labels.strimzi\\.io/cluster"],
  KafkaTopic: ["spec.partitions", "spec.replicas", "metadata.labels.strimzi\\.io/cluster"],
  KafkaUser: ["spec.authentication.type", "metadata.labels.strimzi\\.io/cluster"],
};
const otherRequired = {
  "monitoring.coreos.com/v1/ServiceMonitor": ["spec.selector", "spec.endpoints"],
  "monitoring.coreos.com/v1/PrometheusRule": ["spec.groups"],
  "monitoring.coreos.com/v1/PodMonitor": ["spec.selector", "spec.podMetricsEndpoints"],
  "gateway.networking.k8s.io/v1/HTTPRoute": ["spec.parentRefs", "spec.rules"],
};

function path(obj, dotted) {
  return dotted
    .split(/(?<!\\)\./)
    .map((k) => k.replace(/\\\./g, "."))
    .reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  const candidates = group === "postgresql.cnpg.io"
    ? [`@kubernetes-models/cloudnative-pg/${group}/${version}/${kind}`]
    : [`kubernetes-models/${group ? `${group}/` : ""}${version}/${kind}`];
  for (const c of candidates) {
    try {
      return (await import(c))[kind];
    } catch {
      // not a model of this package
    }
  }
  return null;
}

async function validateObject(obj) {
  const id = `${obj.kind}/${obj.metadata?.name}`;
  if (!obj.metadata?.name) return [`${obj.kind ?? "object"} without metadata.name`];
  if (obj.apiVersion?.startsWith("kafka.strimzi.io/")) {
    const req = strimziRequired[obj.kind];
    if (!req) return [`${id}: unknown Strimzi kind`];
    const missing = req.filter((p) => path(obj, p) == null);
    const problems = missing.map((p) => `${id}: ${p} is required`);
    if (obj.kind === "Kafka") {
      for (const l of obj.spec.kafka.listeners ?? []) {
        for (const f of ["name", "port", "type", "tls"]) if (l[f] == null) problems.push(`${id}: listener without ${f}`);
      }
      if (obj.metadata.annotations?.["strimzi.io/kraft"] !== "enabled") problems.push(`${id}: not in KRaft mode`);
      if (obj.metadata.annotations?.["strimzi.io/node-pools"] !== "enabled") problems.push(`${id}: node pools not enabled`);
    }
    if (obj.kind === "KafkaUser") {
      for (const acl of obj.spec.authorization?.acls ?? []) {
        if (!acl.resource?.type || (acl.resource.type !== "cluster" && !acl.resource?.name) || !acl.operations?.length) {
          problems.push(`${id}: incomplete ACL`);
        }
      }
    }
    return problems;
  }
  const key = `${obj.apiVersion}/${obj.kind}`;
  if (otherRequired[key]) {
    return otherRequired[key].filter((p) => path(obj, p) == null).map((p) => `${id}: ${p} is required`);
  }
  const Model = await modelFor(obj.apiVersion, obj.kind);
  if (!Model) return [`${id}: no schema for ${obj.apiVersion} ${obj.kind}`];
  try {
    new Model(obj).validate();
    return [];
  } catch (e) {
    return [`${id}: ${e.message.split("\n").slice(0, 3).join(" ")}`];
  }
}

for (const overlay of overlays) {
  const problems = [];
  for (const obj of rendered[overlay]) problems.push(...(await validateObject(obj)));
  check(`overlays/${overlay}: every object valid against its schema`, problems);
}
for (const [component, objects] of Object.entries(componentObjects)) {
  const problems = [];
  for (const obj of objects) problems.push(...(await validateObject(obj)));
  check(`components/${component}: every object valid (${objects.length})`, problems);
}

// ---- 3. Deployments -------------------------------------------------------------------------
function deploymentProblems(d) {
  const id = `Deployment/${d.metadata.name}`;
  const pod = d.spec.template.spec;
  const problems = [];
  const psc = pod.securityContext ?? {};
  if (psc.runAsNonRoot !== true) problems.push(`${id}: pod securityContext.runAsNonRoot is not true`);
  if (pod.automountServiceAccountToken !== false) problems.push(`${id}: a service-account token is mounted`);
  if (!pod.topologySpreadConstraints?.length) problems.push(`${id}: no topologySpreadConstraints`);
  if (!(pod.terminationGracePeriodSeconds > 0)) problems.push(`${id}: no terminationGracePeriodSeconds`);
  for (const c of pod.containers) {
    const cid = `${id} container ${c.name}`;
    for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
      if (!c[probe]) problems.push(`${cid}: no ${probe}`);
    }
    if (d.metadata.labels?.["app.kubernetes.io/component"] === "service") {
      const paths = {
        startupProbe: "/q/health/started",
        livenessProbe: "/q/health/live",
        readinessProbe: "/q/health/ready",
      };
      for (const [probe, p] of Object.entries(paths)) {
        if (c[probe] && c[probe].httpGet?.path !== p) problems.push(`${cid}: ${probe} is not on ${p}`);
      }
      const pre = c.lifecycle?.preStop?.sleep?.seconds ?? 0;
      const shutdown = 20;
      if (pre + shutdown >= pod.terminationGracePeriodSeconds) {
        problems.push(`${cid}: preStop + shutdown timeout do not fit in the grace period`);
      }
    }
    for (const kind of ["requests", "limits"]) {
      for (const r of ["cpu", "memory"]) {
        if (!c.resources?.[kind]?.[r]) problems.push(`${cid}: no resources.${kind}.${r}`);
      }
    }
    const sc = c.securityContext ?? {};
    if (sc.readOnlyRootFilesystem !== true) problems.push(`${cid}: root file system is writable`);
    if (sc.allowPrivilegeEscalation !== false) problems.push(`${cid}: allowPrivilegeEscalation is not false`);
    if (!(sc.capabilities?.drop ?? []).includes("ALL")) problems.push(`${cid}: capabilities not dropped (ALL)`);
    const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
    const tmpVolume = tmp && (pod.volumes ?? []).find((v) => v.name === tmp.name);
    if (!tmpVolume?.emptyDir) problems.push(`${cid}: no emptyDir on /tmp`);
  }
  return problems;
}

for (const overlay of overlays) {
  const objects = rendered[overlay];
  const deployments = objects.filter((o) => o.kind === "Deployment");
  const problems = deployments.flatMap(deploymentProblems);
  const expected = [...new Set([...services, ...modules]), "gateway"];
  for (const name of expected) {
    if (!deployments.some((d) => d.metadata.name === name)) problems.push(`no Deployment ${name}`);
    for (const kind of ["Service", "ConfigMap", "ServiceAccount", "PodDisruptionBudget", "HorizontalPodAutoscaler"]) {
      if (!objects.some((o) => o.kind === kind && o.metadata.name === name)) problems.push(`no ${kind} ${name}`);
    }
  }
  if (!objects.some((o) => o.kind === "NetworkPolicy" && Object.keys(o.spec.podSelector ?? {}).length === 0
      && o.spec.policyTypes?.includes("Ingress") && o.spec.policyTypes?.includes("Egress") && !o.spec.ingress && !o.spec.egress)) {
    problems.push("no default-deny NetworkPolicy");
  }
  check(`overlays/${overlay}: ${deployments.length} Deployments with probes, resources, security context`, problems);
}

// ---- 3b. two instances per service ----------------------------------------------------------
// Every service runs as two pods behind one Service address: two replicas (and an autoscaler
// that never goes below two), a PodDisruptionBudget keeping one of them, and a startup probe
// that outlasts Flyway waiting for PostgreSQL (60 connection attempts 10 s apart).
const FLYWAY_WAIT_SECONDS = 600;
const matches = (selector, labels) =>
  Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels?.[k] === v) &&
  Object.keys(selector?.matchLabels ?? {}).length > 0;
for (const overlay of overlays) {
  const objects = rendered[overlay];
  const problems = [];
  const deployments = objects.filter((o) => o.kind === "Deployment"
      && o.metadata.labels?.["app.kubernetes.io/component"] === "service");
  for (const d of deployments) {
    const id = `Deployment/${d.metadata.name}`;
    const labels = d.spec.template.metadata?.labels;
    if (!(d.spec.replicas >= 2)) problems.push(`${id}: replicas ${d.spec.replicas ?? 1}, not 2 or more`);
    const pdbs = objects.filter((o) => o.kind === "PodDisruptionBudget" && matches(o.spec.selector, labels));
    if (!pdbs.some((pdb) => pdb.spec.minAvailable === 1)) problems.push(`${id}: no PodDisruptionBudget with minAvailable 1`);
    for (const hpa of objects.filter((o) => o.kind === "HorizontalPodAutoscaler"
        && o.spec.scaleTargetRef?.kind === "Deployment" && o.spec.scaleTargetRef?.name === d.metadata.name)) {
      if (!(hpa.spec.minReplicas >= 2)) problems.push(`${id}: HorizontalPodAutoscaler minReplicas below 2`);
    }
    for (const c of d.spec.template.spec.containers) {
      const probe = c.startupProbe ?? {};
      const seconds = (probe.initialDelaySeconds ?? 0) + (probe.periodSeconds ?? 10) * (probe.failureThreshold ?? 3);
      if (seconds < FLYWAY_WAIT_SECONDS) {
        problems.push(`${id} container ${c.name}: startupProbe gives up after ${seconds} s, before Flyway's ${FLYWAY_WAIT_SECONDS} s wait for PostgreSQL`);
      }
    }
  }
  if (deployments.length === 0) problems.push("no service Deployment");
  check(`overlays/${overlay}: ${deployments.length} services with two replicas, a PDB (minAvailable 1), a startup probe over ${FLYWAY_WAIT_SECONDS} s`, problems);
}

// ---- 4. environment -------------------------------------------------------------------------
// A property file's lines that apply in the prod profile (no %dev / %test prefix).
function prodProperties(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#") && !l.startsWith("!") && (!l.startsWith("%") || l.startsWith("%prod.")));
}

// ${NAME} / ${NAME:default}: the top-level references of an expression, with their defaults.
function references(expr) {
  const refs = [];
  for (let i = expr.indexOf("${"); i >= 0; i = expr.indexOf("${", i)) {
    let depth = 0;
    let j = i;
    for (; j < expr.length; j++) {
      if (expr.startsWith("${", j)) { depth++; j++; } else if (expr[j] === "}" && --depth === 0) break;
    }
    const body = expr.slice(i + 2, j);
    const colon = body.indexOf(":");
    refs.push(colon < 0 ? { name: body, fallback: null } : { name: body.slice(0, colon), fallback: body.slice(colon + 1) });
    i = j + 1;
  }
  return refs;
}

const isEnvName = (n) => /^[A-Z][A-Z0-9_]*$/.test(n);
const pointsAtLoopback = (s) => /127\.0\.0\.1|localhost/.test(s.replace(/\$\{[^}]*\}/g, ""));

// Environment variables a configuration expression needs from outside: those without a default,
// those whose default is a loopback address (wrong in a pod), and, when a variable is not
// provided, what its default expression needs in turn. A ConfigMap key set to "" on purpose
// provides a variable that has a default (the service then uses it), never a required one.
function needed(expr, provided, out, declaredEmpty = new Set()) {
  for (const { name, fallback } of references(expr)) {
    if (!isEnvName(name)) continue;
    if (provided.has(name)) continue;
    if (fallback !== null && declaredEmpty.has(name)) continue;
    if (fallback === null || pointsAtLoopback(fallback)) out.add(name);
    if (fallback) needed(fallback, provided, out, declaredEmpty);
  }
  return out;
}

function providedEnv(objects, deployment) {
  const names = new Set();
  const empty = new Set();
  const problems = [];
  const configMaps = new Map(objects.filter((o) => o.kind === "ConfigMap").map((o) => [o.metadata.name, o]));
  const secrets = new Map(objects.filter((o) => o.kind === "Secret").map((o) => [o.metadata.name, o]));
  // CloudNativePG creates "<cluster>-app" with these keys for each Cluster.
  const cnpgSecrets = new Set(objects.filter((o) => o.kind === "Cluster").map((o) => `${o.metadata.name}-app`));
  const cnpgKeys = new Set(["username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass"]);
  // Strimzi's User Operator creates "<user>" with these keys for each SCRAM-SHA-512 KafkaUser.
  const scramSecrets = new Set(objects.filter((o) => o.kind === "KafkaUser" && o.spec.authentication?.type === "scram-sha-512")
    .map((o) => o.metadata.name));
  const scramKeys = new Set(["password", "sasl.jaas.config"]);
  for (const c of deployment.spec.template.spec.containers) {
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef) {
        const cm = configMaps.get(from.configMapRef.name);
        if (!cm) problems.push(`envFrom ConfigMap ${from.configMapRef.name} is not rendered`);
        else Object.entries(cm.data ?? {}).forEach(([k, v]) => (v === "" ? empty : names).add(k));
      }
      if (from.secretRef) {
        const s = secrets.get(from.secretRef.name);
        if (!s) problems.push(`envFrom Secret ${from.secretRef.name} is not rendered`);
        else Object.keys({ ...s.data, ...s.stringData }).forEach((k) => names.add(k));
      }
    }
    for (const e of c.env ?? []) {
      const cmRef = e.valueFrom?.configMapKeyRef;
      const secretRef = e.valueFrom?.secretKeyRef;
      if (cmRef) {
        if (configMaps.get(cmRef.name)?.data?.[cmRef.key] === undefined) problems.push(`${e.name}: ConfigMap ${cmRef.name} has no key ${cmRef.key}`);
        else names.add(e.name);
      } else if (secretRef) {
        const s = secrets.get(secretRef.name);
        const operatorMade = (cnpgSecrets.has(secretRef.name) && cnpgKeys.has(secretRef.key))
          || (scramSecrets.has(secretRef.name) && scramKeys.has(secretRef.key));
        if (s ? { ...s.data, ...s.stringData }[secretRef.key] !== undefined : operatorMade) names.add(e.name);
        else problems.push(`${e.name}: Secret ${secretRef.name} (key ${secretRef.key}) is neither rendered nor made by CloudNativePG or Strimzi`);
      } else {
        problems.push(`${e.name}: set inline, not from a ConfigMap or Secret`);
      }
    }
  }
  return { names, empty, problems };
}

const platformProps = join(root, "platform", "src", "main", "resources", "META-INF", "microprofile-config.properties");
for (const overlay of overlays) {
  const problems = [];
  for (const service of services) {
    const deployment = rendered[overlay].find((o) => o.kind === "Deployment" && o.metadata.name === service);
    if (!deployment) continue;
    const { names, empty, problems: refProblems } = providedEnv(rendered[overlay], deployment);
    problems.push(...refProblems.map((p) => `${service}: ${p}`));
    const lines = [...prodProperties(platformProps),
      ...prodProperties(join(root, service, "src", "main", "resources", "application.properties"))];
    const missing = new Set();
    for (const line of lines) needed(line.slice(line.search(/[=:]/) + 1), names, missing, empty);
    for (const name of missing) problems.push(`${service}: ${name} is read in the prod profile but no ConfigMap or Secret provides it`);
  }
  check(`overlays/${overlay}: every variable the services read in prod comes from a ConfigMap or Secret`, problems);
}

// ---- 5. topics ------------------------------------------------------------------------------
const topicsFile = join(root, "deploy", "local", "kafka", "topics.txt");
const listed = readFileSync(topicsFile, "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => l.split(/\s+/))
  .map(([name, partitions]) => ({ name, partitions: Number(partitions ?? 3) }));
const used = new Set();
for (const service of services) {
  for (const line of prodProperties(join(root, service, "src", "main", "resources", "application.properties"))) {
    const m = line.match(/^(parksuite\.outbox\.topic|mp\.messaging\.[a-z]+\.[^.=]+\.(topic|dead-letter-queue\.topic))\s*=\s*(\S+)$/);
    if (m) used.add(m[3]);
  }
}
for (const overlay of overlays) {
  const topics = new Map(rendered[overlay].filter((o) => o.kind === "KafkaTopic")
    .map((t) => [t.spec.topicName ?? t.metadata.name, t]));
  const problems = [];
  for (const { name, partitions } of listed) {
    const t = topics.get(name);
    if (!t) problems.push(`${name} (topics.txt) has no KafkaTopic`);
    else if (t.spec.partitions !== partitions) problems.push(`${name}: ${t.spec.partitions} partitions, topics.txt says ${partitions}`);
    else if (!t.spec.config?.["retention.ms"]) problems.push(`${name}: no retention.ms`);
  }
  for (const name of used) if (!topics.has(name)) problems.push(`${name} (used by a service) has no KafkaTopic`);
  check(`overlays/${overlay}: ${listed.length} topics of topics.txt and ${used.size} used by services have KafkaTopics`, problems);
}

// External subscribers read the published event streams and nothing else.
const published = new Set();
for (const service of services) {
  for (const line of prodProperties(join(root, service, "src", "main", "resources", "application.properties"))) {
    const m = line.match(/^parksuite\.outbox\.topic\s*=\s*(\S+)$/);
    if (m) published.add(m[1]);
  }
}
for (const overlay of overlays) {
  const problems = [];
  const users = rendered[overlay].filter((o) => o.kind === "KafkaUser" && !services.includes(o.metadata.name));
  if (!users.length) problems.push("no KafkaUser for external subscribers");
  const kafka = rendered[overlay].find((o) => o.kind === "Kafka");
  const external = (kafka?.spec.kafka.listeners ?? []).filter((l) => l.type !== "internal");
  if (!external.length || external.some((l) => l.tls !== true || l.authentication?.type !== "tls")) {
    problems.push("the external listener is missing or not TLS with client certificates");
  }
  for (const user of users) {
    for (const acl of user.spec.authorization?.acls ?? []) {
      const ops = acl.operations ?? [];
      if (ops.some((op) => !["Read", "Describe"].includes(op))) problems.push(`${user.metadata.name}: may ${ops.join("/")} on ${acl.resource.name}`);
      if (acl.resource.type === "topic" && (acl.resource.patternType !== "literal" || !published.has(acl.resource.name))) {
        problems.push(`${user.metadata.name}: reads ${acl.resource.name}, not a published event topic`);
      }
      if (acl.resource.type === "group" && !acl.resource.name.startsWith(`${user.metadata.name}.`)) {
        problems.push(`${user.metadata.name}: uses consumer groups not named after it (${acl.resource.name})`);
      }
      if (!["topic", "group"].includes(acl.resource.type)) problems.push(`${user.metadata.name}: ACL on ${acl.resource.type}`);
    }
  }
  check(`overlays/${overlay}: ${users.length} subscribers only read the ${published.size} published topics over TLS`, problems);
}

// The suite's services on Kafka: each its own SCRAM identity on an authenticated internal
// listener, no super-user, writing only its own topic, its dead-letter topics and its audit
// chain heads, reading only what its configuration consumes, with its own consumer groups.
for (const overlay of overlays) {
  const problems = [];
  const kafka = rendered[overlay].find((o) => o.kind === "Kafka");
  const internal = (kafka?.spec.kafka.listeners ?? []).filter((l) => l.type === "internal");
  if (!internal.length || internal.some((l) => !l.authentication?.type)) problems.push("an internal listener accepts unauthenticated clients");
  if (kafka?.spec.kafka.authorization?.superUsers?.length) problems.push(`super-users: ${kafka.spec.kafka.authorization.superUsers.join(", ")}`);
  for (const service of services) {
    const user = rendered[overlay].find((o) => o.kind === "KafkaUser" && o.metadata.name === service);
    if (!user) {
      problems.push(`${service}: no KafkaUser of its own`);
      continue;
    }
    const props = readFileSync(join(root, service, "src", "main", "resources", "application.properties"), "utf8");
    const own = props.match(/^parksuite\.outbox\.topic=(.+)$/m)?.[1]?.trim();
    const consumed = new Set([...props.matchAll(/^mp\.messaging\.incoming\.[^.]+\.topic=(.+)$/gm)].map((m) => m[1].trim()));
    const groups = new Set([...props.matchAll(/^mp\.messaging\.incoming\.[^.]+\.group\.id=(.+)$/gm)].map((m) => m[1].trim()));
    for (const acl of user.spec.authorization?.acls ?? []) {
      const { type, name, patternType } = acl.resource;
      const ops = acl.operations ?? [];
      if (type === "topic" && ops.includes("Write")) {
        const allowed = name === own || name === "audit.heads" || (patternType === "prefix" && name === `${service}.`);
        if (!allowed) problems.push(`${service}: may write ${name}`);
      }
      if (type === "topic" && ops.includes("Read") && !consumed.has(name)) problems.push(`${service}: reads ${name}, which it does not consume`);
      if (type === "group" && !groups.has(name)) problems.push(`${service}: consumer group ${name} is not one of its own`);
      if (ops.some((op) => ["All", "Alter", "Delete", "AlterConfigs", "Create"].includes(op))) problems.push(`${service}: may ${ops.join("/")} on ${type} ${name ?? ""}`);
    }
    for (const topic of consumed) {
      if (!(user.spec.authorization?.acls ?? []).some((a) => a.resource.name === topic && a.operations.includes("Read"))) problems.push(`${service}: cannot read ${topic}, which it consumes`);
    }
  }
  check(`overlays/${overlay}: each service is its own Kafka user and writes only its own topics`, problems);
}

// ---- 6. Dockerfiles -------------------------------------------------------------------------
function globExists(pattern) {
  const full = join(root, pattern.replace(/\/$/, ""));
  if (!full.includes("*")) return existsSync(full);
  const dir = dirname(full);
  const re = new RegExp(`^${full.slice(dir.length + 1).replace(/[.+^$()|[\]]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);
  return existsSync(dir) && readdirSync(dir).some((f) => re.test(f));
}

const dockerDir = join(root, "deploy", "docker");
const dockerfiles = readdirSync(dockerDir).filter((f) => f.endsWith(".Dockerfile"));
{
  const problems = [];
  for (const service of [...services, "gateway"]) {
    if (!dockerfiles.includes(`${service}.Dockerfile`)) problems.push(`no deploy/docker/${service}.Dockerfile`);
  }
  for (const file of dockerfiles) {
    const text = readFileSync(join(dockerDir, file), "utf8").replace(/\\\n/g, " ");
    if (!/^USER\s+(?!0\b|root\b)\S+/m.test(text)) problems.push(`${file}: does not switch to a non-root USER`);
    for (const line of text.split("\n")) {
      const m = line.match(/^\s*(COPY|ADD)\s+(.*)$/i);
      if (!m || /--from=/.test(m[2])) continue;
      const args = m[2].split(/\s+/).filter((a) => a && !a.startsWith("--"));
      for (const source of args.slice(0, -1)) {
        if (!globExists(source)) problems.push(`${file}: COPY source ${source} does not exist (run mvn package first)`);
      }
    }
    const jar = text.match(/(\S+)\/target\/quarkus-app\//);
    if (jar && !existsSync(join(root, jar[1], "target", "quarkus-app", "quarkus-run.jar"))) {
      problems.push(`${file}: ${jar[1]} has no fast-jar (target/quarkus-app/quarkus-run.jar)`);
    }
  }
  check(`deploy/docker: ${dockerfiles.length} Dockerfiles copy what exists`, problems);
}

// ---- 6b. network isolation ------------------------------------------------------------------
for (const overlay of overlays) {
  const problems = [];
  const policies = rendered[overlay].filter((o) => o.kind === "NetworkPolicy");
  const selects = (policy, labels) => Object.entries(policy.spec.podSelector?.matchLabels ?? {})
    .every(([k, v]) => labels[k] === v) && !policy.spec.podSelector?.matchExpressions;
  for (const service of services) {
    const podLabels = { "app.kubernetes.io/name": service, "app.kubernetes.io/part-of": "parksuite", "app.kubernetes.io/component": "service" };
    const own = `${service.replace(/-service$/, "")}-db`;
    const egress = policies.filter((p) => selects(p, podLabels) && p.spec.policyTypes?.includes("Egress"))
      .flatMap((p) => p.spec.egress ?? []);
    if (egress.some((rule) => !rule.to || rule.to.length === 0)) problems.push(`${service}: an egress rule allows every destination`);
    for (const rule of egress) {
      for (const peer of rule.to ?? []) {
        const cluster = peer.podSelector?.matchLabels?.["cnpg.io/cluster"];
        if (cluster && cluster !== own) problems.push(`${service}: may reach database ${cluster}`);
        if (peer.ipBlock && (rule.ports ?? []).some((p) => p.port === 5432)) problems.push(`${service}: may reach PostgreSQL by address`);
      }
    }
    if (!egress.some((rule) => (rule.to ?? []).some((peer) => peer.podSelector?.matchLabels?.["cnpg.io/cluster"] === own))) {
      problems.push(`${service}: no egress to its own database ${own}`);
    }
    const dbPolicy = policies.find((p) => p.spec.podSelector?.matchLabels?.["cnpg.io/cluster"] === own);
    const appPeers = (dbPolicy?.spec.ingress ?? []).flatMap((rule) => rule.from ?? [])
      .map((peer) => peer.podSelector?.matchLabels?.["app.kubernetes.io/name"]).filter(Boolean);
    if (!dbPolicy) problems.push(`${own}: no NetworkPolicy`);
    else if (appPeers.some((name) => name !== service) || !appPeers.includes(service)) {
      problems.push(`${own}: admits ${appPeers.join(", ") || "no service"}, not only ${service}`);
    }
  }
  check(`overlays/${overlay}: each service reaches only its own database`, problems);
}

// ---- 7. gateway configuration ---------------------------------------------------------------
{
  const problems = [];
  const render = readFileSync(join(root, "deploy", "gateway", "render"), "utf8");
  const known = new Set((render.match(/^vars=\(([^)]*)\)/m)?.[1] ?? "").split(/\s+/).filter(Boolean));
  for (const overlay of overlays) {
    const cm = rendered[overlay].find((o) => o.kind === "ConfigMap" && o.metadata.name === "gateway");
    if (!cm) { problems.push(`${overlay}: no gateway ConfigMap`); continue; }
    for (const key of Object.keys(cm.data ?? {})) {
      if (!known.has(key)) problems.push(`${overlay}: gateway ConfigMap sets ${key}, which the template does not read`);
    }
    for (const service of services) {
      const key = `${service.replace(/-service$/, "").toUpperCase()}_UPSTREAM`;
      const value = cm.data?.[key];
      if (!value || /127\.0\.0\.1|localhost/.test(value)) problems.push(`${overlay}: ${key} does not name the ${service} Service`);
      else if (!rendered[overlay].some((o) => o.kind === "Service" && o.metadata.name === value.split(":")[0])) {
        problems.push(`${overlay}: ${key}=${value} names no rendered Service`);
      }
    }
  }
  check("gateway ConfigMap: known template variables, upstreams are the services' Services", problems);
}

// ---- 8. metric names in alerts and the dashboard ----------------------------------------------
{
  const problems = [];
  const exported = new Set();
  const walk = (dir) => readdirSync(dir).forEach((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith(".java")) {
      const text = readFileSync(p, "utf8");
      for (const m of text.matchAll(/(Gauge|Counter)\.builder\("([a-z.]+)"([\s\S]{0,400}?)\.register\(/g)) {
        let name = m[2].replaceAll(".", "_");
        if (m[1] === "Gauge" && /\.baseUnit\("seconds"\)/.test(m[3])) name += "_seconds";
        if (m[1] === "Counter") name += "_total";
        exported.add(name);
      }
    }
  });
  for (const module of readdirSync(root)) {
    const src = join(root, module, "src", "main", "java");
    if (existsSync(src)) walk(src);
  }
  const sources = {
    "components/monitoring/prometheusrule.yaml": readFileSync(join(k8s, "components", "monitoring", "prometheusrule.yaml"), "utf8"),
    "deploy/grafana/parksuite-dashboard.json": readFileSync(join(root, "deploy", "grafana", "parksuite-dashboard.json"), "utf8"),
  };
  try { JSON.parse(sources["deploy/grafana/parksuite-dashboard.json"]); } catch (e) { problems.push(`dashboard is not JSON: ${e.message}`); }
  const schemas = join(root, "contracts", "src", "main", "resources", "contracts", "events");
  const eventTypes = new Set(readdirSync(schemas).map((f) => f.replace(/\.schema\.json$/, "")));
  for (const [file, text] of Object.entries(sources)) {
    for (const name of new Set(text.match(/\bparksuite_[a-z_]+/g) ?? [])) {
      if (!exported.has(name)) problems.push(`${file}: ${name} is not a metric the code registers`);
    }
    for (const type of new Set(text.match(/parksuite\.[a-z-]+\.[a-z-]+\.v[0-9]+/g) ?? [])) {
      if (!eventTypes.has(type)) problems.push(`${file}: ${type} is not an event type of contracts/`);
    }
  }
  check(`alerts and dashboard use only the ${exported.size} parksuite_* metrics the code registers`, problems);
}

console.log(failures.length ? `${failures.length} of ${checks} checks failed` : `all ${checks} checks passed`);
process.exit(failures.length ? 1 : 0);
