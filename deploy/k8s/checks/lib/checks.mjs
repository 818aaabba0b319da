// The checks of the rendered manifests. runChecks(ctx) returns [{ name, problems }]; ctx holds
// the deploy/k8s directory (k8s), the repository root (root: services' configuration, topics.txt,
// Dockerfiles), the runbook (docs) and the renders ({ name: { objects, error } }).
import { parser as promql } from "@prometheus-io/lezer-promql";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseYaml } from "./render.mjs";
import { validateObject } from "./schemas.mjs";

const SERVICE_LABEL = "app.kubernetes.io/component";
// Secrets created by hand at install (docs/operations.md, install step 4), not by the manifests
// or an operator.
export const MANUAL_SECRETS = ["parksuite-tls", "parksuite-backup-s3"];
// Ports of the pods the operators create (not rendered), by the label that selects them.
const OPERATOR_POD_PORTS = [
  { label: "strimzi.io/cluster", ports: ["tcp-prometheus", "tcp-clients", "tcp-replication"] },
  { label: "strimzi.io/name", ports: ["tcp-prometheus"] },
  { label: "cnpg.io/podRole", ports: ["metrics", "postgresql"] },
];
const BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";
// Port numbers of the operators' metrics ports, for the NetworkPolicies that must admit scrapes.
const OPERATOR_PORT_NUMBERS = { "tcp-prometheus": 9404, metrics: 9187 };
// Where Prometheus runs, and the label by which it selects monitors and rules.
const MONITORING_NAMESPACE = "monitoring";
const PROMETHEUS_SELECTOR = { release: "prometheus" };

// ---- helpers --------------------------------------------------------------------------------
const byKind = (objects, kind) => objects.filter((o) => o.kind === kind);
const find = (objects, kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
const labelsMatch = (selector, labels) => {
  const ml = selector?.matchLabels ?? {};
  if (Object.keys(ml).length === 0 && !selector?.matchExpressions?.length) return false;
  return Object.entries(ml).every(([k, v]) => labels?.[k] === v)
    && (selector.matchExpressions ?? []).every((e) => e.operator === "Exists" ? labels?.[e.key] !== undefined
      : e.operator === "In" ? e.values.includes(labels?.[e.key]) : e.operator === "NotIn" ? !e.values.includes(labels?.[e.key])
        : labels?.[e.key] === undefined);
};
const plainMatch = (selector, labels) => Object.keys(selector ?? {}).length > 0
  && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
const podTemplates = (objects) => objects.flatMap((o) => {
  if (["Deployment", "StatefulSet", "DaemonSet", "Job"].includes(o.kind)) return [{ owner: o, meta: o.spec?.template?.metadata ?? {}, spec: o.spec?.template?.spec ?? {} }];
  if (o.kind === "Pod") return [{ owner: o, meta: o.metadata, spec: o.spec ?? {} }];
  return [];
});
const allContainers = (spec) => [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
const services = (objects) => byKind(objects, "Deployment").filter((d) => d.spec?.template?.metadata?.labels?.[SERVICE_LABEL] === "service");

export function quantity(q) {
  if (q === undefined || q === null) return undefined;
  const m = String(q).match(/^([0-9.]+)([a-zA-Z]*)$/);
  if (!m) return NaN;
  const units = { "": 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4 };
  return units[m[2]] === undefined ? NaN : Number(m[1]) * units[m[2]];
}

function seconds(duration) {
  const m = String(duration).match(/^(\d+)(ms|s|m|h|d)$/);
  return m ? Number(m[1]) * { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 }[m[2]] : NaN;
}

function prodProperties(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n").map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#") && !l.startsWith("!") && (!l.startsWith("%") || l.startsWith("%prod.")));
}

// ---- the checks -----------------------------------------------------------------------------
export async function runChecks(ctx) {
  const results = [];
  const check = (name, problems) => results.push({ name, problems });
  try {
    await allChecks(ctx, check);
  } catch (e) {
    // A manifest broken beyond what a check expects is a failure, not a crash of the checks.
    check("the checks could read every object", [`${e.message}`]);
  }
  return results;
}

async function allChecks(ctx, check) {
  const { k8s, root, renders } = ctx;
  const list = Object.values(renders);
  const isDev = (r) => r.name === "dev";
  const serviceNames = readdirSync(join(k8s, "base", "services")).sort();
  const versions = JSON.parse(readFileSync(join(k8s, "versions.json"), "utf8"));
  const docs = existsSync(ctx.docs) ? readFileSync(ctx.docs, "utf8") : "";
  const props = Object.fromEntries(serviceNames.map((s) => [s, readFileSync(join(root, s, "src", "main", "resources", "application.properties"), "utf8")]));

  // 1. render
  for (const r of list) check(`render ${r.dir} (${r.objects.length} objects)`, r.error ? [r.error] : []);

  // 2. schemas
  for (const r of list) {
    const problems = [];
    for (const o of r.objects) problems.push(...(await validateObject(o)));
    check(`${r.name}: every object valid against the schema of its kind, no unknown field`, problems);
  }
  const toolsFile = join(k8s, "tools", "kafka-tools.yaml");
  const tools = existsSync(toolsFile) ? parseYaml(readFileSync(toolsFile, "utf8"), "tools/kafka-tools.yaml") : [];
  {
    const problems = tools.length ? [] : ["tools/kafka-tools.yaml is missing"];
    for (const o of tools) problems.push(...(await validateObject(o)));
    check("tools/kafka-tools.yaml valid against its schema", problems);
  }

  // 3. operator versions: pinned once (versions.json), used everywhere
  {
    const problems = [];
    const s = versions.strimzi ?? {};
    const readme = existsSync(join(k8s, "checks", "schemas", "README.md")) ? readFileSync(join(k8s, "checks", "schemas", "README.md"), "utf8") : "";
    const k8sReadme = readFileSync(join(k8s, "README.md"), "utf8");
    const pins = [["Strimzi", s.operator], ["CloudNativePG", versions["cloudnative-pg"]?.operator], ["Barman Cloud plugin", versions["plugin-barman-cloud"]?.plugin]];
    for (const [what, v] of pins) {
      if (!v) problems.push(`versions.json: no ${what} version`);
      else {
        if (!readme.includes(v)) problems.push(`checks/schemas/README.md does not name ${what} ${v}, the version of versions.json`);
        if (!k8sReadme.includes(v)) problems.push(`deploy/k8s/README.md does not state ${what} ${v}`);
      }
    }
    if (s.kafkaImage !== `quay.io/strimzi/kafka:${s.operator}-kafka-${s.kafka}`) problems.push(`versions.json: kafkaImage ${s.kafkaImage} is not the image of Strimzi ${s.operator} with Kafka ${s.kafka}`);
    for (const r of list) {
      for (const o of r.objects) {
        if (o.apiVersion?.startsWith("kafka.strimzi.io/") && o.apiVersion !== "kafka.strimzi.io/v1") problems.push(`${r.name}: ${o.kind}/${o.metadata.name} is ${o.apiVersion}, not kafka.strimzi.io/v1`);
        for (const a of ["strimzi.io/kraft", "strimzi.io/node-pools"]) if (o.metadata?.annotations?.[a] !== undefined) problems.push(`${r.name}: ${o.kind}/${o.metadata.name} carries the obsolete annotation ${a}`);
        if (o.kind === "Kafka") {
          if (o.spec?.kafka?.version !== s.kafka) problems.push(`${r.name}: Kafka ${o.spec?.kafka?.version}, versions.json pins ${s.kafka}`);
          if (o.spec?.kafka?.metadataVersion !== s.metadataVersion) problems.push(`${r.name}: metadataVersion ${o.spec?.kafka?.metadataVersion}, versions.json pins ${s.metadataVersion}`);
        }
        if (o.kind === "Cluster" && o.apiVersion === "postgresql.cnpg.io/v1" && o.spec?.imageName !== versions["cloudnative-pg"]?.postgresqlImage) {
          problems.push(`${r.name}: Cluster/${o.metadata.name} runs ${o.spec?.imageName}, versions.json pins ${versions["cloudnative-pg"]?.postgresqlImage}`);
        }
      }
    }
    for (const t of tools) for (const c of t.spec?.containers ?? []) if (c.image !== s.kafkaImage) problems.push(`tools/kafka-tools.yaml runs ${c.image}, not ${s.kafkaImage}`);
    for (const img of new Set(docs.match(/quay\.io\/strimzi\/kafka:[^\s`'"]+/g) ?? [])) if (img !== s.kafkaImage) problems.push(`docs/operations.md uses ${img}, not ${s.kafkaImage}`);
    check(`operators pinned in versions.json (Strimzi ${s.operator}, Kafka ${s.kafka}, CloudNativePG ${versions["cloudnative-pg"]?.operator}) and used as pinned`, problems);
  }

  // 4. Deployments: probes, resources, hardening
  for (const r of list) {
    const problems = [];
    const deployments = byKind(r.objects, "Deployment");
    for (const d of deployments) {
      const id = `Deployment/${d.metadata.name}`;
      const pod = d.spec.template.spec;
      if (pod.securityContext?.runAsNonRoot !== true) problems.push(`${id}: pod securityContext.runAsNonRoot is not true`);
      if (pod.automountServiceAccountToken !== false) problems.push(`${id}: a service-account token is mounted`);
      if (!pod.topologySpreadConstraints?.length) problems.push(`${id}: no topologySpreadConstraints`);
      if (!(pod.terminationGracePeriodSeconds > 0)) problems.push(`${id}: no terminationGracePeriodSeconds`);
      for (const c of allContainers(pod)) {
        const cid = `${id} container ${c.name}`;
        const init = (pod.initContainers ?? []).includes(c);
        if (!init) for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) if (!c[probe]) problems.push(`${cid}: no ${probe}`);
        if (!init && d.spec.template.metadata?.labels?.[SERVICE_LABEL] === "service") {
          const paths = { startupProbe: "/q/health/started", livenessProbe: "/q/health/live", readinessProbe: "/q/health/ready" };
          for (const [probe, p] of Object.entries(paths)) if (c[probe] && c[probe].httpGet?.path !== p) problems.push(`${cid}: ${probe} is not on ${p}`);
          const pre = c.lifecycle?.preStop?.sleep?.seconds ?? 0;
          if (pre + 20 >= pod.terminationGracePeriodSeconds) problems.push(`${cid}: preStop + shutdown timeout do not fit in the grace period`);
        }
        for (const kind of ["requests", "limits"]) for (const res of ["cpu", "memory"]) if (!c.resources?.[kind]?.[res]) problems.push(`${cid}: no resources.${kind}.${res}`);
        const sc = c.securityContext ?? {};
        if (sc.readOnlyRootFilesystem !== true) problems.push(`${cid}: root file system is writable`);
        if (sc.allowPrivilegeEscalation !== false) problems.push(`${cid}: allowPrivilegeEscalation is not false`);
        if (!(sc.capabilities?.drop ?? []).includes("ALL")) problems.push(`${cid}: capabilities not dropped (ALL)`);
        const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
        if (!(tmp && (pod.volumes ?? []).find((v) => v.name === tmp.name)?.emptyDir)) problems.push(`${cid}: no emptyDir on /tmp`);
      }
    }
    for (const name of [...serviceNames, "gateway"]) {
      for (const kind of ["Deployment", "Service", "ConfigMap", "ServiceAccount", "PodDisruptionBudget", "HorizontalPodAutoscaler"]) {
        if (!find(r.objects, kind, name)) problems.push(`no ${kind} ${name}`);
      }
    }
    check(`${r.name}: ${deployments.length} Deployments with probes, resources, security context`, problems);
  }

  // 5. replicas owned by the autoscaler; migrations before the rollout
  for (const r of list) {
    const problems = [];
    const common = find(r.objects, "ConfigMap", "parksuite-common")?.data ?? {};
    for (const d of byKind(r.objects, "Deployment")) {
      const id = `Deployment/${d.metadata.name}`;
      const hpas = byKind(r.objects, "HorizontalPodAutoscaler").filter((h) => h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec.scaleTargetRef.name === d.metadata.name);
      if (hpas.length && d.spec.replicas !== undefined) problems.push(`${id}: sets replicas (${d.spec.replicas}) although HorizontalPodAutoscaler/${hpas[0].metadata.name} owns the count; every apply resets it`);
    }
    for (const d of services(r.objects)) {
      const id = `Deployment/${d.metadata.name}`;
      const pod = d.spec.template.spec;
      const labels = d.spec.template.metadata?.labels;
      const hpa = byKind(r.objects, "HorizontalPodAutoscaler").find((h) => h.spec?.scaleTargetRef?.name === d.metadata.name);
      if (!(hpa?.spec?.minReplicas >= 2)) problems.push(`${id}: no HorizontalPodAutoscaler keeping two or more replicas`);
      if (!byKind(r.objects, "PodDisruptionBudget").some((p) => labelsMatch(p.spec.selector, labels) && p.spec.minAvailable === 1)) problems.push(`${id}: no PodDisruptionBudget with minAvailable 1`);
      const main = pod.containers.find((c) => c.name === d.metadata.name) ?? pod.containers[0];
      const migrate = (pod.initContainers ?? []).find((c) => c.name === "migrate");
      const envOf = (c) => Object.assign({}, ...(c.envFrom ?? []).map((f) => find(r.objects, "ConfigMap", f.configMapRef?.name)?.data ?? {}));
      if (!migrate) problems.push(`${id}: no init container migrate running the schema migrations before the service starts`);
      else {
        if (migrate.image !== main.image) problems.push(`${id}: init container migrate runs ${migrate.image}, not the service's image ${main.image}`);
        const env = envOf(migrate);
        if (env.QUARKUS_FLYWAY_MIGRATE_AT_START !== "true" || env.QUARKUS_INIT_AND_EXIT !== "true") problems.push(`${id}: init container migrate does not migrate and exit (QUARKUS_FLYWAY_MIGRATE_AT_START, QUARKUS_INIT_AND_EXIT)`);
        const sorted = (c) => JSON.stringify((c.env ?? []).map((e) => e.valueFrom?.secretKeyRef?.name).sort());
        if (sorted(migrate) !== sorted(main)) problems.push(`${id}: init container migrate reads other Secrets than the service container`);
      }
      const env = envOf(main);
      if (env.QUARKUS_FLYWAY_MIGRATE_AT_START !== "false") problems.push(`${id}: the service container migrates at start (QUARKUS_FLYWAY_MIGRATE_AT_START is not false), under its startup probe`);
      if (env.QUARKUS_INIT_AND_EXIT === "true") problems.push(`${id}: the service container would exit after its init tasks`);
      const p = main.startupProbe ?? {};
      const budget = (p.initialDelaySeconds ?? 0) + (p.periodSeconds ?? 10) * (p.failureThreshold ?? 3);
      if (budget < 60 || budget > 600) problems.push(`${id}: startup budget ${budget} s, not between 60 s (a slow JVM start) and 600 s`);
      if (!(d.spec.progressDeadlineSeconds >= 1200)) problems.push(`${id}: progressDeadlineSeconds ${d.spec.progressDeadlineSeconds ?? 600} would fail a rollout waiting on a long migration`);
    }
    if (common.QUARKUS_INIT_AND_EXIT === "true") problems.push("parksuite-common sets QUARKUS_INIT_AND_EXIT");
    check(`${r.name}: autoscalers own the replica counts; schema migrations run in an init container`, problems);
  }

  // 6. images and resources
  for (const r of list) {
    const problems = [];
    const containersOf = [...podTemplates(r.objects).flatMap((t) => allContainers(t.spec).map((c) => ({ id: `${t.owner.kind}/${t.owner.metadata.name} container ${c.name}`, c })))];
    for (const { id, c } of containersOf) {
      const img = c.image ?? "";
      if (/:latest$/.test(img)) problems.push(`${id}: image ${img} uses the tag latest`);
      else if (!img.includes("@sha256:") && !/:[^/:]+$/.test(img)) problems.push(`${id}: image ${img} has no tag or digest`);
      for (const res of ["cpu", "memory"]) {
        const req = quantity(c.resources?.requests?.[res]);
        const lim = quantity(c.resources?.limits?.[res]);
        if (Number.isNaN(req) || Number.isNaN(lim)) problems.push(`${id}: ${res} quantity not understood`);
        else if (req !== undefined && lim !== undefined && lim < req) problems.push(`${id}: ${res} limit ${c.resources.limits[res]} below its request ${c.resources.requests[res]}`);
      }
    }
    for (const o of r.objects) {
      const res = o.kind === "KafkaNodePool" || o.kind === "Cluster" ? o.spec?.resources : undefined;
      for (const k of ["cpu", "memory"]) {
        const req = quantity(res?.requests?.[k]);
        const lim = quantity(res?.limits?.[k]);
        if (req !== undefined && lim !== undefined && lim < req) problems.push(`${o.kind}/${o.metadata.name}: ${k} limit ${res.limits[k]} below its request ${res.requests[k]}`);
      }
      if (o.kind === "Cluster" && /:latest$/.test(o.spec?.imageName ?? "")) problems.push(`Cluster/${o.metadata.name}: image tag latest`);
    }
    check(`${r.name}: images pinned (no latest), limits not below requests`, problems);
  }

  // 6b. the release: `deploy/suite release` pins the prod overlay's images by digest, never by tag
  {
    const where = "overlays/prod/release/kustomization.yaml";
    const file = join(k8s, where);
    const problems = [];
    const component = existsSync(file) ? parseYaml(readFileSync(file, "utf8"), where)[0] : undefined;
    if (!component) problems.push(`${where} is missing`);
    const entries = component?.images ?? [];
    for (const e of entries) {
      if (!/^sha256:[0-9a-f]{64}$/.test(e.digest ?? "")) problems.push(`${where}: image ${e.name} has no sha256 digest`);
      if (e.newTag !== undefined) problems.push(`${where}: image ${e.name} names a tag (${e.newTag}), not only a digest`);
    }
    const prod = list.find((r) => r.name === "prod");
    if (entries.length && prod) {
      for (const t of podTemplates(prod.objects)) for (const c of allContainers(t.spec)) {
        if (/\/parksuite\//.test(c.image ?? "") && !(c.image ?? "").includes("@sha256:")) problems.push(`prod: ${t.owner.kind}/${t.owner.metadata.name} container ${c.name} runs ${c.image}, not a released digest`);
      }
    }
    check("prod: released images pinned by digest only (overlays/prod/release)", problems);
  }

  // 7. cross-references
  for (const r of list) {
    const problems = [];
    const objs = r.objects;
    const templates = podTemplates(objs);
    const deploymentPods = templates.filter((t) => t.owner.kind === "Deployment");
    for (const s of byKind(objs, "Service")) {
      const pods = deploymentPods.filter((t) => plainMatch(s.spec?.selector, t.meta.labels));
      if (!pods.length) { problems.push(`Service/${s.metadata.name}: selector ${JSON.stringify(s.spec?.selector)} matches no Deployment's pods`); continue; }
      for (const p of s.spec.ports ?? []) {
        if (typeof p.targetPort === "string" && !pods.every((t) => t.spec.containers.some((c) => (c.ports ?? []).some((cp) => cp.name === p.targetPort)))) problems.push(`Service/${s.metadata.name}: targetPort ${p.targetPort} is no container port name`);
      }
    }
    for (const p of byKind(objs, "PodDisruptionBudget")) {
      if (!deploymentPods.some((t) => labelsMatch(p.spec?.selector, t.meta.labels))) problems.push(`PodDisruptionBudget/${p.metadata.name}: selector matches no Deployment's pods`);
    }
    for (const h of byKind(objs, "HorizontalPodAutoscaler")) {
      const ref = h.spec?.scaleTargetRef ?? {};
      if (!find(objs, ref.kind, ref.name)) problems.push(`HorizontalPodAutoscaler/${h.metadata.name}: scales ${ref.kind}/${ref.name}, which is not rendered`);
      if (h.spec.minReplicas > h.spec.maxReplicas) problems.push(`HorizontalPodAutoscaler/${h.metadata.name}: minReplicas above maxReplicas`);
    }
    for (const d of byKind(objs, "Deployment")) {
      if (!labelsMatch(d.spec.selector, d.spec.template.metadata?.labels)) problems.push(`Deployment/${d.metadata.name}: selector does not match its own pod labels`);
    }
    for (const t of templates) {
      const id = `${t.owner.kind}/${t.owner.metadata.name}`;
      for (const c of allContainers(t.spec)) {
        const names = new Set((c.ports ?? []).map((p) => p.name));
        for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
          const port = c[probe]?.httpGet?.port ?? c[probe]?.tcpSocket?.port;
          if (typeof port === "string" && !names.has(port)) problems.push(`${id} container ${c.name}: ${probe} port ${port} is no port of the container`);
        }
      }
    }
    // Secrets and ConfigMaps: rendered, made by an operator, or made by hand at install.
    const operatorSecrets = new Map();
    for (const c of byKind(objs, "Cluster")) operatorSecrets.set(`${c.metadata.name}-app`, new Set(["username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass"]));
    for (const u of byKind(objs, "KafkaUser")) operatorSecrets.set(u.metadata.name, new Set(u.spec?.authentication?.type === "tls" ? ["ca.crt", "user.crt", "user.key", "user.p12", "user.password"] : ["password", "sasl.jaas.config"]));
    for (const k of byKind(objs, "Kafka")) operatorSecrets.set(`${k.metadata.name}-cluster-ca-cert`, new Set(["ca.crt", "ca.p12", "ca.password"]));
    const secretOk = (name, key) => {
      const s = find(objs, "Secret", name);
      if (s) return key === undefined || { ...s.data, ...s.stringData }[key] !== undefined;
      if (operatorSecrets.has(name)) return key === undefined || operatorSecrets.get(name).has(key);
      return MANUAL_SECRETS.includes(name);
    };
    const cmOk = (name, key) => {
      const cm = find(objs, "ConfigMap", name);
      return !!cm && (key === undefined || cm.data?.[key] !== undefined);
    };
    const refs = [];
    for (const t of [...templates, ...tools.map((p) => ({ owner: p, meta: p.metadata, spec: p.spec, tool: true }))]) {
      const id = `${t.owner.kind}/${t.owner.metadata.name}`;
      for (const c of allContainers(t.spec)) {
        for (const f of c.envFrom ?? []) {
          if (f.configMapRef) refs.push([id, "ConfigMap", f.configMapRef.name]);
          if (f.secretRef) refs.push([id, "Secret", f.secretRef.name]);
        }
        for (const e of c.env ?? []) {
          if (e.valueFrom?.configMapKeyRef) refs.push([id, "ConfigMap", e.valueFrom.configMapKeyRef.name, e.valueFrom.configMapKeyRef.key]);
          if (e.valueFrom?.secretKeyRef) refs.push([id, "Secret", e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key]);
        }
      }
      for (const v of t.spec.volumes ?? []) {
        if (v.secret) for (const it of v.secret.items ?? [{}]) refs.push([id, "Secret", v.secret.secretName, it.key]);
        if (v.configMap) for (const it of v.configMap.items ?? [{}]) refs.push([id, "ConfigMap", v.configMap.name, it.key]);
      }
    }
    for (const i of byKind(objs, "Ingress")) for (const tls of i.spec?.tls ?? []) refs.push([`Ingress/${i.metadata.name}`, "Secret", tls.secretName]);
    for (const k of byKind(objs, "Kafka")) {
      const cm = k.spec?.kafka?.metricsConfig?.valueFrom?.configMapKeyRef;
      if (cm) refs.push([`Kafka/${k.metadata.name}`, "ConfigMap", cm.name, cm.key]);
    }
    for (const os of byKind(objs, "ObjectStore")) {
      for (const ref of Object.values(os.spec?.configuration?.s3Credentials ?? {})) if (ref?.name) refs.push([`ObjectStore/${os.metadata.name}`, "Secret", ref.name, ref.key]);
    }
    for (const [id, kind, name, key] of refs) {
      if (!(kind === "Secret" ? secretOk(name, key) : cmOk(name, key))) problems.push(`${id}: ${kind} ${name}${key ? ` (key ${key})` : ""} is neither rendered, nor made by an operator, nor one of the Secrets made at install`);
    }
    // Monitors: the Services and pods they select, with the ports they scrape.
    for (const sm of byKind(objs, "ServiceMonitor")) {
      const svcs = byKind(objs, "Service").filter((s) => labelsMatch(sm.spec?.selector, s.metadata.labels));
      if (!svcs.length) problems.push(`ServiceMonitor/${sm.metadata.name}: selects no Service`);
      for (const ep of sm.spec?.endpoints ?? []) for (const s of svcs) {
        if (ep.port && !(s.spec.ports ?? []).some((p) => p.name === ep.port)) problems.push(`ServiceMonitor/${sm.metadata.name}: Service/${s.metadata.name} has no port ${ep.port}`);
      }
    }
    for (const pm of byKind(objs, "PodMonitor")) {
      const sel = pm.spec?.selector;
      const pods = templates.filter((t) => labelsMatch(sel, t.meta.labels));
      const operator = OPERATOR_POD_PORTS.find((o) => sel?.matchLabels?.[o.label] !== undefined);
      for (const ep of pm.spec?.podMetricsEndpoints ?? []) {
        if (pods.length) {
          for (const t of pods) if (!t.spec.containers.some((c) => (c.ports ?? []).some((p) => p.name === ep.port))) problems.push(`PodMonitor/${pm.metadata.name}: ${t.owner.kind}/${t.owner.metadata.name} has no port ${ep.port}`);
        } else if (!operator) problems.push(`PodMonitor/${pm.metadata.name}: selects no pod`);
        else if (!operator.ports.includes(ep.port)) problems.push(`PodMonitor/${pm.metadata.name}: the operator's pods have no port ${ep.port} (${operator.ports.join(", ")})`);
      }
      const cluster = sel?.matchLabels?.["strimzi.io/cluster"];
      if (cluster && !find(objs, "Kafka", cluster)) problems.push(`PodMonitor/${pm.metadata.name}: no Kafka ${cluster}`);
      const exporter = sel?.matchLabels?.["strimzi.io/name"]?.match(/^(.+)-kafka-exporter$/)?.[1];
      if (sel?.matchLabels?.["strimzi.io/name"] && !(exporter && find(objs, "Kafka", exporter)?.spec?.kafkaExporter)) problems.push(`PodMonitor/${pm.metadata.name}: selects ${sel.matchLabels["strimzi.io/name"]}, not the exporter of a rendered Kafka`);
      if (sel?.matchLabels?.["cnpg.io/podRole"] && !byKind(objs, "Cluster").some((c) => Object.entries(sel.matchLabels).filter(([k]) => !k.startsWith("cnpg.io/")).every(([k, v]) => c.spec?.inheritedMetadata?.labels?.[k] === v))) problems.push(`PodMonitor/${pm.metadata.name}: selects no PostgreSQL cluster's pods`);
    }
    // Each service on its own database: DB_HOST is the -rw Service of a cluster it owns, and the
    // credentials are that cluster's.
    for (const d of services(objs)) {
      const name = d.metadata.name;
      const main = d.spec.template.spec.containers.find((c) => c.name === name) ?? d.spec.template.spec.containers[0];
      const data = Object.assign({}, ...(main.envFrom ?? []).map((f) => find(objs, "ConfigMap", f.configMapRef?.name)?.data ?? {}));
      const host = data.DB_HOST;
      const cluster = byKind(objs, "Cluster").find((c) => `${c.metadata.name}-rw` === host);
      if (!cluster) problems.push(`${name}: DB_HOST ${host} is not the -rw Service of a rendered PostgreSQL cluster`);
      else if (cluster.metadata.labels?.["parksuite.io/owner"] !== name) problems.push(`${name}: DB_HOST ${host} is ${cluster.metadata.labels?.["parksuite.io/owner"]}'s database, not its own`);
      for (const c of allContainers(d.spec.template.spec)) for (const e of c.env ?? []) {
        if (["DB_USERNAME", "DB_PASSWORD"].includes(e.name) && cluster && e.valueFrom?.secretKeyRef?.name !== `${cluster.metadata.name}-app`) problems.push(`${name} container ${c.name}: ${e.name} from ${e.valueFrom?.secretKeyRef?.name}, not ${cluster.metadata.name}-app (DB_HOST's cluster)`);
      }
    }
    for (const route of byKind(objs, "HTTPRoute")) for (const rule of route.spec?.rules ?? []) for (const b of rule.backendRefs ?? []) {
      const s = find(objs, "Service", b.name);
      if (!s || !(s.spec.ports ?? []).some((p) => p.port === b.port)) problems.push(`HTTPRoute/${route.metadata.name}: backend ${b.name}:${b.port} is no rendered Service port`);
    }
    for (const i of byKind(objs, "Ingress")) for (const rule of i.spec?.rules ?? []) for (const p of rule.http?.paths ?? []) {
      const b = p.backend?.service;
      const s = b && find(objs, "Service", b.name);
      if (!s || !(s.spec.ports ?? []).some((sp) => (b.port?.name ? sp.name === b.port.name : sp.port === b.port?.number))) problems.push(`Ingress/${i.metadata.name}: backend ${b?.name} is no rendered Service port`);
    }
    check(`${r.name}: selectors, ports, Secrets, ConfigMaps and databases referenced exist`, problems);
  }

  // 8. Kafka
  for (const r of list) {
    const problems = [];
    const kafka = byKind(r.objects, "Kafka")[0];
    if (!kafka) { check(`${r.name}: Kafka`, ["no Kafka"]); continue; }
    const brokers = byKind(r.objects, "KafkaNodePool").filter((p) => p.metadata.labels?.["strimzi.io/cluster"] === kafka.metadata.name && (p.spec.roles ?? []).includes("broker"))
      .reduce((n, p) => n + (p.spec.replicas ?? 0), 0);
    const cfg = kafka.spec?.kafka?.config ?? {};
    const rf = Number(cfg["default.replication.factor"] ?? 1);
    const isr = Number(cfg["min.insync.replicas"] ?? 1);
    for (const [k, v] of Object.entries(cfg)) if (/replication\.factor$/.test(k) && Number(v) > brokers) problems.push(`Kafka ${k} ${v} above the ${brokers} brokers`);
    if (brokers > 1 && isr >= rf) problems.push(`Kafka min.insync.replicas ${isr} not below default.replication.factor ${rf}: one broker down stops every write`);
    if (brokers > 1 && Number(cfg["transaction.state.log.min.isr"] ?? 1) >= Number(cfg["transaction.state.log.replication.factor"] ?? 1)) problems.push("transaction.state.log.min.isr not below its replication factor");
    for (const t of byKind(r.objects, "KafkaTopic")) {
      const id = `KafkaTopic/${t.metadata.name}`;
      if (t.metadata.labels?.["strimzi.io/cluster"] !== kafka.metadata.name) problems.push(`${id}: strimzi.io/cluster is not ${kafka.metadata.name}`);
      if (t.spec.replicas > brokers) problems.push(`${id}: ${t.spec.replicas} replicas, only ${brokers} brokers`);
      const tisr = Number(t.spec.config?.["min.insync.replicas"] ?? isr);
      if (brokers > 1 && tisr >= t.spec.replicas) problems.push(`${id}: min.insync.replicas ${tisr} not below its ${t.spec.replicas} replicas`);
      if (!isDev(r) && t.spec.replicas < 3) problems.push(`${id}: ${t.spec.replicas} replicas in ${r.name}`);
    }
    for (const u of byKind(r.objects, "KafkaUser")) if (u.metadata.labels?.["strimzi.io/cluster"] !== kafka.metadata.name) problems.push(`KafkaUser/${u.metadata.name}: strimzi.io/cluster is not ${kafka.metadata.name}`);
    for (const l of kafka.spec.kafka.listeners ?? []) {
      if (!l.authentication?.type) problems.push(`listener ${l.name}: no authentication (clients would be ANONYMOUS)`);
      if (l.tls !== true) problems.push(`listener ${l.name}: not TLS`);
    }
    if (kafka.spec.kafka.authorization?.type !== "simple") problems.push("no ACL authorization (simple)");
    if (kafka.spec.kafka.authorization?.superUsers?.length) problems.push(`super-users: ${kafka.spec.kafka.authorization.superUsers.join(", ")}`);
    if (!kafka.spec.kafka.metricsConfig) problems.push("no broker metrics (spec.kafka.metricsConfig)");
    if (!kafka.spec.kafkaExporter) problems.push("no Kafka exporter");
    if (!isDev(r)) {
      if (!kafka.spec.kafka.rack?.topologyKey) problems.push("no rack awareness (spec.kafka.rack.topologyKey)");
      for (const p of byKind(r.objects, "KafkaNodePool")) {
        const terms = p.spec.template?.pod?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
        if (!terms.some((t) => t.topologyKey === "kubernetes.io/hostname" && t.labelSelector?.matchLabels?.["strimzi.io/pool-name"] === p.metadata.name)) problems.push(`KafkaNodePool/${p.metadata.name}: no required pod anti-affinity per host for its own nodes`);
      }
      if (brokers < 3) problems.push(`${brokers} brokers`);
    }
    check(`${r.name}: Kafka ${brokers} brokers, topics within them, authenticated listeners, metrics${isDev(r) ? "" : ", rack awareness"}`, problems);
  }

  // 8b. topics, subscribers and the services' Kafka identities
  const topicsTxt = readFileSync(join(root, "deploy", "local", "kafka", "topics.txt"), "utf8").split("\n").map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#")).map((l) => l.split(/\s+/)).map(([name, partitions]) => ({ name, partitions: Number(partitions ?? 3) }));
  const used = new Set();
  const published = new Set();
  for (const s of serviceNames) for (const line of prodProperties(join(root, s, "src", "main", "resources", "application.properties"))) {
    const m = line.match(/^(parksuite\.outbox\.topic|mp\.messaging\.[a-z]+\.[^.=]+\.(topic|dead-letter-queue\.topic))\s*=\s*(\S+)$/);
    if (m) used.add(m[3]);
    const o = line.match(/^parksuite\.outbox\.topic\s*=\s*(\S+)$/);
    if (o) published.add(o[1]);
  }
  const groupsOf = (s) => new Set([...props[s].matchAll(/^mp\.messaging\.incoming\.[^.]+\.group\.id=(.+)$/gm)].map((m) => m[1].trim()));
  for (const r of list) {
    const problems = [];
    const topics = new Map(byKind(r.objects, "KafkaTopic").map((t) => [t.spec.topicName ?? t.metadata.name, t]));
    for (const { name, partitions } of topicsTxt) {
      const t = topics.get(name);
      if (!t) problems.push(`${name} (topics.txt) has no KafkaTopic`);
      else if (t.spec.partitions !== partitions) problems.push(`${name}: ${t.spec.partitions} partitions, topics.txt says ${partitions}`);
      else if (!t.spec.config?.["retention.ms"]) problems.push(`${name}: no retention.ms`);
    }
    for (const name of used) if (!topics.has(name)) problems.push(`${name} (used by a service) has no KafkaTopic`);
    const kafka = byKind(r.objects, "Kafka")[0];
    const external = (kafka?.spec.kafka.listeners ?? []).filter((l) => l.type !== "internal");
    if (!external.length || external.some((l) => l.tls !== true || l.authentication?.type !== "tls")) problems.push("the external listener is missing or not TLS with client certificates");
    const users = byKind(r.objects, "KafkaUser");
    const role = (u) => u.metadata.labels?.["parksuite.io/kafka-role"];
    for (const u of users) if (!["service", "subscriber", "operations"].includes(role(u))) problems.push(`KafkaUser/${u.metadata.name}: parksuite.io/kafka-role ${role(u)} is not service, subscriber or operations`);
    const subscribers = users.filter((u) => role(u) === "subscriber");
    if (!subscribers.length) problems.push("no KafkaUser for external subscribers");
    for (const u of subscribers) {
      const n = u.metadata.name;
      if (u.spec.authentication?.type !== "tls") problems.push(`${n}: a subscriber without a client certificate`);
      for (const acl of u.spec.authorization?.acls ?? []) {
        const ops = acl.operations ?? [];
        if (ops.some((op) => !["Read", "Describe"].includes(op))) problems.push(`${n}: may ${ops.join("/")} on ${acl.resource.name}`);
        if (acl.resource.type === "topic" && (acl.resource.patternType !== "literal" || !published.has(acl.resource.name))) problems.push(`${n}: reads ${acl.resource.name}, not a published event topic`);
        if (acl.resource.type === "group" && !acl.resource.name.startsWith(`${n}.`)) problems.push(`${n}: uses consumer groups not named after it (${acl.resource.name})`);
        if (!["topic", "group"].includes(acl.resource.type)) problems.push(`${n}: ACL on ${acl.resource.type}`);
      }
    }
    for (const u of users.filter((x) => role(x) === "operations")) {
      for (const acl of u.spec.authorization?.acls ?? []) {
        const bad = (acl.operations ?? []).filter((op) => !["Read", "Describe", "DescribeConfigs"].includes(op));
        if (bad.length) problems.push(`${u.metadata.name}: the operators' user may ${bad.join("/")} on ${acl.resource.type} ${acl.resource.name ?? ""}`);
      }
    }
    const listener = (kafka?.spec.kafka.listeners ?? []).find((l) => l.type === "internal");
    for (const s of serviceNames) {
      const user = users.find((u) => u.metadata.name === s);
      if (!user) { problems.push(`${s}: no KafkaUser of its own`); continue; }
      if (role(user) !== "service") problems.push(`${s}: its KafkaUser is not labelled parksuite.io/kafka-role: service`);
      if (user.spec.authentication?.type !== listener?.authentication?.type) problems.push(`${s}: authenticates with ${user.spec.authentication?.type}, the internal listener with ${listener?.authentication?.type}`);
      const own = props[s].match(/^parksuite\.outbox\.topic=(.+)$/m)?.[1]?.trim();
      const consumed = new Set([...props[s].matchAll(/^mp\.messaging\.incoming\.[^.]+\.topic=(.+)$/gm)].map((m) => m[1].trim()));
      const groups = groupsOf(s);
      const acls = user.spec.authorization?.acls ?? [];
      for (const acl of acls) {
        const { type, name, patternType } = acl.resource;
        const ops = acl.operations ?? [];
        if (type === "topic" && ops.includes("Write") && !(name === own || name === "audit.heads" || (patternType === "prefix" && name === `${s}.`))) problems.push(`${s}: may write ${name}`);
        if (type === "topic" && ops.includes("Read") && !consumed.has(name)) problems.push(`${s}: reads ${name}, which it does not consume`);
        if (type === "group" && !groups.has(name)) problems.push(`${s}: consumer group ${name} is not one of its own`);
        if (ops.some((op) => ["All", "Alter", "Delete", "AlterConfigs", "Create"].includes(op))) problems.push(`${s}: may ${ops.join("/")} on ${type} ${name ?? ""}`);
      }
      for (const topic of consumed) if (!acls.some((a) => a.resource.name === topic && a.operations.includes("Read"))) problems.push(`${s}: cannot read ${topic}, which it consumes`);
      for (const g of groups) if (!acls.some((a) => a.resource.type === "group" && a.resource.name === g && a.operations.includes("Read"))) problems.push(`${s}: cannot use its consumer group ${g}`);
    }
    check(`${r.name}: ${topicsTxt.length} topics of topics.txt have KafkaTopics; subscribers read only the ${published.size} published topics; each service is its own Kafka user`, problems);
  }

  // 9. PostgreSQL: backups through the Barman Cloud plugin, restores under a new name
  for (const r of list) {
    const problems = [];
    const clusters = byKind(r.objects, "Cluster");
    const stores = new Set(byKind(r.objects, "ObjectStore").map((o) => o.metadata.name));
    for (const c of clusters) {
      const id = `Cluster/${c.metadata.name}`;
      const owner = c.metadata.labels?.["parksuite.io/owner"];
      if (!serviceNames.includes(owner)) problems.push(`${id}: parksuite.io/owner ${owner} is not a service`);
      if (c.spec.inheritedMetadata?.labels?.["parksuite.io/owner"] !== owner || c.spec.inheritedMetadata?.labels?.["app.kubernetes.io/component"] !== "database") problems.push(`${id}: its pods do not carry parksuite.io/owner and app.kubernetes.io/component: database (inheritedMetadata), which the NetworkPolicies select`);
      if (c.spec.backup?.barmanObjectStore) problems.push(`${id}: in-tree barmanObjectStore backup (deprecated); use the Barman Cloud plugin`);
      for (const e of c.spec.externalClusters ?? []) if (e.barmanObjectStore) problems.push(`${id}: external cluster ${e.name} through the in-tree barmanObjectStore`);
      const archiver = (c.spec.plugins ?? []).find((p) => p.name === BARMAN_PLUGIN && p.isWALArchiver);
      if (!isDev(r)) {
        if (!archiver) problems.push(`${id}: no WAL archiving through the Barman Cloud plugin`);
        else if (!stores.has(archiver.parameters?.barmanObjectName)) problems.push(`${id}: ObjectStore ${archiver.parameters?.barmanObjectName} is not rendered`);
        if (!(c.spec.instances >= 3)) problems.push(`${id}: ${c.spec.instances} instances`);
        if (!byKind(r.objects, "ScheduledBackup").some((b) => b.spec?.cluster?.name === c.metadata.name && b.spec.method === "plugin" && b.spec.pluginConfiguration?.name === BARMAN_PLUGIN)) problems.push(`${id}: no ScheduledBackup through the plugin`);
      }
      const rec = c.spec.bootstrap?.recovery;
      if (rec) {
        const origin = (c.spec.externalClusters ?? []).find((e) => e.name === rec.source);
        if (!origin) problems.push(`${id}: recovery source ${rec.source} is no external cluster`);
        const originServer = origin?.plugin?.parameters?.serverName ?? origin?.name;
        const ownServer = archiver?.parameters?.serverName ?? c.metadata.name;
        if (archiver && origin && ownServer === originServer && archiver.parameters?.barmanObjectName === origin.plugin?.parameters?.barmanObjectName) problems.push(`${id}: archives into ${ownServer}, the archive it recovers from ("Expected empty archive")`);
        if (origin?.plugin && !stores.has(origin.plugin.parameters?.barmanObjectName)) problems.push(`${id}: recovers from ObjectStore ${origin.plugin.parameters?.barmanObjectName}, not rendered`);
        const sibling = clusters.find((o) => o.spec.bootstrap?.initdb && o.metadata.labels?.["parksuite.io/owner"] === owner);
        const want = sibling?.spec.bootstrap.initdb;
        if (!rec.database || !rec.owner) problems.push(`${id}: recovery without database and owner: the app Secret would name the wrong role`);
        else if (want && (rec.database !== want.database || rec.owner !== want.owner)) problems.push(`${id}: recovers database ${rec.database} owned by ${rec.owner}, the service's is ${want.database} owned by ${want.owner}`);
      }
    }
    for (const b of byKind(r.objects, "ScheduledBackup")) if (!clusters.some((c) => c.metadata.name === b.spec?.cluster?.name)) problems.push(`ScheduledBackup/${b.metadata.name}: no Cluster ${b.spec?.cluster?.name}`);
    check(`${r.name}: ${clusters.length} PostgreSQL clusters owned by their services${isDev(r) ? "" : ", archived through the Barman Cloud plugin"}`, problems);
  }

  // 10. network
  for (const r of list) {
    const problems = [];
    const policies = byKind(r.objects, "NetworkPolicy");
    const selects = (p, labels) => Object.keys(p.spec.podSelector ?? {}).length === 0 || labelsMatch(p.spec.podSelector, labels);
    if (!policies.some((o) => Object.keys(o.spec.podSelector ?? {}).length === 0 && o.spec.policyTypes?.includes("Ingress") && o.spec.policyTypes?.includes("Egress") && !o.spec.ingress && !o.spec.egress)) problems.push("no default-deny NetworkPolicy");
    const dns = find(r.objects, "NetworkPolicy", "allow-dns");
    if (!dns || Object.keys(dns.spec.podSelector ?? {}).length !== 0 || !(dns.spec.egress ?? []).some((e) => (e.ports ?? []).some((p) => p.port === 53 && p.protocol === "UDP"))) problems.push("no allow-dns NetworkPolicy letting every pod resolve names (UDP 53)");
    for (const s of serviceNames) {
      const podLabels = deploymentLabels(r.objects, s);
      const egress = policies.filter((p) => selects(p, podLabels) && p.spec.policyTypes?.includes("Egress")).flatMap((p) => p.spec.egress ?? []);
      if (egress.some((rule) => !rule.to || rule.to.length === 0)) problems.push(`${s}: an egress rule allows every destination`);
      const ownDbPods = byKind(r.objects, "Cluster").filter((c) => c.metadata.labels?.["parksuite.io/owner"] === s).map((c) => ({ ...c.spec.inheritedMetadata?.labels, "cnpg.io/cluster": c.metadata.name }));
      const otherDbPods = byKind(r.objects, "Cluster").filter((c) => c.metadata.labels?.["parksuite.io/owner"] !== s).map((c) => ({ ...c.spec.inheritedMetadata?.labels, "cnpg.io/cluster": c.metadata.name, name: c.metadata.name }));
      for (const rule of egress) for (const peer of rule.to ?? []) {
        if (peer.podSelector) for (const o of otherDbPods) if (labelsMatch(peer.podSelector, o)) problems.push(`${s}: may reach database ${o.name}`);
        if (peer.ipBlock && (rule.ports ?? []).some((p) => p.port === 5432)) problems.push(`${s}: may reach PostgreSQL by address`);
      }
      for (const db of ownDbPods) {
        if (!egress.some((rule) => (rule.to ?? []).some((peer) => peer.podSelector && labelsMatch(peer.podSelector, db)) && (rule.ports ?? []).some((p) => p.port === 5432))) problems.push(`${s}: no egress to its database ${db["cnpg.io/cluster"]}`);
        const ingress = policies.filter((p) => selects(p, db) && p.spec.policyTypes?.includes("Ingress")).flatMap((p) => p.spec.ingress ?? []);
        const admitted = ingress.filter((rule) => (rule.ports ?? []).some((p) => p.port === 5432)).flatMap((rule) => rule.from ?? []);
        if (!admitted.some((peer) => peer.podSelector && !peer.namespaceSelector && labelsMatch(peer.podSelector, podLabels))) problems.push(`${db["cnpg.io/cluster"]}: does not admit ${s}`);
        for (const other of serviceNames.filter((o) => o !== s)) {
          if (admitted.some((peer) => peer.podSelector && !peer.namespaceSelector && labelsMatch(peer.podSelector, deploymentLabels(r.objects, other)))) problems.push(`${db["cnpg.io/cluster"]}: admits ${other}`);
        }
        if (!ingress.some((rule) => (rule.from ?? []).some((peer) => peer.podSelector && labelsMatch(peer.podSelector, db)))) problems.push(`${db["cnpg.io/cluster"]}: its instances cannot replicate from each other`);
      }
    }
    const gw = policies.filter((p) => selects(p, deploymentLabels(r.objects, "gateway")) && p.spec.policyTypes?.includes("Ingress")).flatMap((p) => p.spec.ingress ?? []);
    const admitsNs = (ns) => gw.some((rule) => (rule.from ?? []).some((peer) => peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === ns && !peer.podSelector));
    for (const i of byKind(r.objects, "Ingress")) if (i.spec.ingressClassName === "nginx" && !admitsNs("ingress-nginx")) problems.push("the gateway does not admit the ingress controller's namespace ingress-nginx");
    for (const route of byKind(r.objects, "HTTPRoute")) for (const p of route.spec.parentRefs ?? []) {
      if (p.namespace && !admitsNs(p.namespace)) problems.push(`the gateway does not admit namespace ${p.namespace} of Gateway ${p.name} (HTTPRoute/${route.metadata.name})`);
    }
    const toolLabels = tools[0]?.metadata?.labels ?? {};
    const kafka = byKind(r.objects, "Kafka")[0];
    const internal = (kafka?.spec.kafka.listeners ?? []).find((l) => l.type === "internal");
    if (!(internal?.networkPolicyPeers ?? []).some((p) => p.podSelector && labelsMatch(p.podSelector, toolLabels))) problems.push("the Kafka listener does not admit the kafka-tools pod");
    if (!policies.some((p) => selects(p, toolLabels) && Object.keys(p.spec.podSelector ?? {}).length && (p.spec.egress ?? []).some((e) => (e.ports ?? []).some((x) => x.port === internal?.port)))) problems.push(`no NetworkPolicy lets the kafka-tools pod reach Kafka's port ${internal?.port}`);
    for (const s of serviceNames) {
      if (!(internal?.networkPolicyPeers ?? []).some((p) => p.podSelector && labelsMatch(p.podSelector, deploymentLabels(r.objects, s)))) problems.push(`the Kafka listener does not admit ${s}`);
    }
    // Prometheus reaches what the monitors scrape: some ingress rule of a policy selecting the
    // pods admits the monitoring namespace on the scraped port.
    const admitsScrape = (podLabels, port) => policies.filter((p) => selects(p, podLabels) && p.spec.policyTypes?.includes("Ingress"))
      .flatMap((p) => p.spec.ingress ?? []).some((rule) => (rule.from ?? []).some((peer) => peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === MONITORING_NAMESPACE && !peer.podSelector)
        && (!rule.ports || rule.ports.some((x) => x.port === port)));
    const operatorPods = operatorPodLabels(r.objects);
    for (const pm of byKind(r.objects, "PodMonitor")) {
      const targets = operatorPods.filter((labels) => labelsMatch(pm.spec?.selector, labels));
      for (const ep of pm.spec?.podMetricsEndpoints ?? []) {
        const port = OPERATOR_PORT_NUMBERS[ep.port];
        for (const labels of port ? targets : []) {
          if (!admitsScrape(labels, port)) problems.push(`PodMonitor/${pm.metadata.name}: no NetworkPolicy admits Prometheus (namespace ${MONITORING_NAMESPACE}) to port ${port} of ${labels["cnpg.io/cluster"] ?? labels["strimzi.io/name"] ?? labels["strimzi.io/cluster"]}`);
        }
      }
    }
    for (const sm of byKind(r.objects, "ServiceMonitor")) {
      for (const svc of byKind(r.objects, "Service").filter((x) => labelsMatch(sm.spec?.selector, x.metadata.labels))) {
        for (const t of podTemplates(r.objects).filter((x) => plainMatch(svc.spec.selector, x.meta.labels))) {
          for (const ep of sm.spec?.endpoints ?? []) {
            const sp = (svc.spec.ports ?? []).find((x) => x.name === ep.port);
            const cp = t.spec.containers.flatMap((c) => c.ports ?? []).find((x) => x.name === sp?.targetPort || x.containerPort === sp?.targetPort);
            if (cp && !admitsScrape(t.meta.labels, cp.containerPort)) problems.push(`ServiceMonitor/${sm.metadata.name}: no NetworkPolicy admits Prometheus (namespace ${MONITORING_NAMESPACE}) to ${t.owner.metadata.name}:${cp.containerPort}`);
          }
        }
      }
    }
    for (const kind of ["PodMonitor", "ServiceMonitor", "PrometheusRule"]) for (const o of byKind(r.objects, kind)) {
      if (!Object.entries(PROMETHEUS_SELECTOR).every(([k, v]) => o.metadata.labels?.[k] === v)) problems.push(`${kind}/${o.metadata.name}: without the label ${JSON.stringify(PROMETHEUS_SELECTOR)} Prometheus ignores it`);
    }
    check(`${r.name}: default deny, DNS, each service reaches only its own databases, gateway, Kafka and scrapes reachable`, problems);
  }

  // 11. alerts: PromQL parses, the day-2 alerts exist
  for (const r of list.filter((x) => byKind(x.objects, "PrometheusRule").length)) {
    const problems = [];
    const exprs = [];
    for (const rule of byKind(r.objects, "PrometheusRule")) for (const g of rule.spec.groups ?? []) for (const a of g.rules ?? []) {
      const id = `${rule.metadata.name}/${a.alert ?? a.record}`;
      exprs.push(String(a.expr));
      problems.push(...promqlProblems(id, String(a.expr)));
      if (a.for !== undefined && Number.isNaN(seconds(a.for))) problems.push(`${id}: for ${a.for} is not a duration`);
      if (a.alert && !["critical", "warning", "info"].includes(a.labels?.severity)) problems.push(`${id}: severity ${a.labels?.severity}`);
    }
    const needs = {
      "under-replicated partitions": /kafka_server_replicamanager_underreplicatedpartitions/,
      "offline partitions": /kafka_controller_kafkacontroller_offlinepartitionscount/,
      "Kafka disk usage": /kubelet_volume_stats_available_bytes\{[^}]*parksuite-dual-role/,
      "consumer lag (brokers' view)": /kafka_consumergroup_lag/,
      "backup age": /barman_cloud_cloudnative_pg_io_last_available_backup_timestamp/,
      "failed WAL archiving": /cnpg_pg_stat_archiver_failed_count/,
      "replication lag": /cnpg_pg_replication_lag/,
    };
    for (const [what, re] of Object.entries(needs)) if (!exprs.some((e) => re.test(e))) problems.push(`no alert on ${what}`);
    for (const name of ["parksuite-kafka", "parksuite-kafka-exporter", "parksuite-postgresql"]) if (!find(r.objects, "PodMonitor", name)) problems.push(`no PodMonitor ${name}`);
    check(`${r.name}: ${exprs.length} alert expressions parse as PromQL; Kafka and PostgreSQL alerts present`, problems);
  }
  if (!list.some((x) => x.name !== "dev" && byKind(x.objects, "PrometheusRule").length)) check("prod renders the monitoring component", ["no PrometheusRule in any prod render"]);

  // 12. environment
  const platformProps = join(root, "platform", "src", "main", "resources", "META-INF", "microprofile-config.properties");
  for (const r of list) {
    const problems = [];
    for (const s of serviceNames) {
      const d = find(r.objects, "Deployment", s);
      if (!d) continue;
      for (const c of allContainers(d.spec.template.spec)) {
        const { names, empty, problems: refProblems } = providedEnv(r.objects, c);
        problems.push(...refProblems.map((p) => `${s} container ${c.name}: ${p}`));
        const missing = new Set();
        for (const line of [...prodProperties(platformProps), ...prodProperties(join(root, s, "src", "main", "resources", "application.properties"))]) needed(line.slice(line.search(/[=:]/) + 1), names, missing, empty);
        for (const name of missing) problems.push(`${s} container ${c.name}: ${name} is read in the prod profile but no ConfigMap or Secret provides it`);
      }
    }
    check(`${r.name}: every variable the services read in prod comes from a ConfigMap or Secret`, problems);
  }

  // 13. gateway configuration
  {
    const problems = [];
    const tpl = readFileSync(join(root, "deploy", "gateway", "render"), "utf8");
    // The template's variables, and the inputs render derives some of them from.
    const listed = (name) => (tpl.match(new RegExp(`^${name}=\\(([^)]*)\\)`, "m"))?.[1] ?? "").split(/\s+/).filter(Boolean);
    const known = new Set([...listed("vars"), ...listed("inputs")]);
    for (const r of list) {
      const cm = find(r.objects, "ConfigMap", "gateway");
      if (!cm) { problems.push(`${r.name}: no gateway ConfigMap`); continue; }
      for (const key of Object.keys(cm.data ?? {})) if (!known.has(key)) problems.push(`${r.name}: gateway ConfigMap sets ${key}, which render does not read`);
      for (const s of serviceNames) {
        const key = `${s.replace(/-service$/, "").toUpperCase()}_UPSTREAM`;
        const value = cm.data?.[key];
        if (!value || /127\.0\.0\.1|localhost/.test(value)) problems.push(`${r.name}: ${key} does not name the ${s} Service`);
        else {
          const svc = find(r.objects, "Service", value.split(":")[0]);
          if (!svc || !(svc.spec.ports ?? []).some((p) => String(p.port) === (value.split(":")[1] ?? "80"))) problems.push(`${r.name}: ${key}=${value} names no rendered Service port`);
        }
      }
    }
    check("gateway ConfigMap: known template variables, upstreams are the services' Services", problems);
  }

  // 14. metric names the code registers
  {
    const problems = [];
    const exported = new Set();
    const walk = (dir) => readdirSync(dir).forEach((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith(".java")) {
        for (const m of readFileSync(p, "utf8").matchAll(/(Gauge|Counter)\.builder\("([a-z.]+)"([\s\S]{0,400}?)\.register\(/g)) {
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
    const eventTypes = new Set(readdirSync(join(root, "contracts", "src", "main", "resources", "contracts", "events")).map((f) => f.replace(/\.schema\.json$/, "")));
    for (const [file, text] of Object.entries(sources)) {
      for (const name of new Set(text.match(/\bparksuite_[a-z_]+/g) ?? [])) if (!exported.has(name)) problems.push(`${file}: ${name} is not a metric the code registers`);
      for (const type of new Set(text.match(/parksuite\.[a-z-]+\.[a-z-]+\.v[0-9]+/g) ?? [])) if (!eventTypes.has(type)) problems.push(`${file}: ${type} is not an event type of contracts/`);
    }
    check(`alerts and dashboard use only the ${exported.size} parksuite_* metrics the code registers`, problems);
  }

  // 15. the runbook names what exists
  {
    const problems = [];
    const allGroups = new Set(serviceNames.flatMap((s) => [...groupsOf(s)]));
    for (const m of docs.matchAll(/--group[ =]([A-Za-z0-9._<>-]+)/g)) if (!allGroups.has(m[1]) && !m[1].startsWith("<")) problems.push(`docs/operations.md: consumer group ${m[1]} is not one the services use (${[...allGroups].join(", ")})`);
    for (const g of allGroups) if (!docs.includes(`\`${g}\``)) problems.push(`docs/operations.md does not list the consumer group ${g}`);
    for (const s of MANUAL_SECRETS) if (!docs.includes(s)) problems.push(`docs/operations.md does not tell to create the Secret ${s}`);
    if (/Cruise Control/i.test(docs) && !list.some((x) => byKind(x.objects, "Kafka").some((k) => k.spec.cruiseControl))) {
      if (/Cruise Control\)|with Cruise Control|KafkaRebalance/.test(docs)) problems.push("docs/operations.md relies on Cruise Control, which no overlay deploys");
    }
    check("docs/operations.md: consumer groups, Secrets and tools it names exist", problems);
  }
}

// The labels of the pods the operators make (not rendered): PostgreSQL instances, Kafka nodes,
// the Kafka exporter.
function operatorPodLabels(objects) {
  const pods = [];
  for (const c of byKind(objects, "Cluster")) pods.push({ ...c.spec?.inheritedMetadata?.labels, "cnpg.io/cluster": c.metadata.name, "cnpg.io/podRole": "instance" });
  for (const k of byKind(objects, "Kafka")) {
    const cluster = k.metadata.name;
    for (const p of byKind(objects, "KafkaNodePool").filter((x) => x.metadata.labels?.["strimzi.io/cluster"] === cluster)) {
      pods.push({ "strimzi.io/cluster": cluster, "strimzi.io/kind": "Kafka", "strimzi.io/name": `${cluster}-kafka`, "strimzi.io/pool-name": p.metadata.name,
        ...((p.spec.roles ?? []).includes("broker") ? { "strimzi.io/broker-role": "true" } : {}), ...((p.spec.roles ?? []).includes("controller") ? { "strimzi.io/controller-role": "true" } : {}) });
    }
    if (k.spec?.kafkaExporter) pods.push({ "strimzi.io/cluster": cluster, "strimzi.io/kind": "Kafka", "strimzi.io/name": `${cluster}-kafka-exporter` });
  }
  return pods;
}

function deploymentLabels(objects, name) {
  return find(objects, "Deployment", name)?.spec?.template?.metadata?.labels ?? { "app.kubernetes.io/name": name };
}

export function promqlProblems(id, expr) {
  const problems = [];
  const tree = promql.parse(expr);
  const cursor = tree.cursor();
  do {
    if (cursor.type.isError) {
      problems.push(`${id}: PromQL does not parse at ${cursor.from}: ${JSON.stringify(expr.slice(Math.max(0, cursor.from - 15), cursor.from + 15))}`);
      break;
    }
  } while (cursor.next());
  // Range vectors: only for functions that take them.
  for (const m of expr.matchAll(/\[(\d+)([smhdwy])\]/g)) if (Number(m[1]) === 0) problems.push(`${id}: empty range ${m[0]}`);
  return problems;
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

function providedEnv(objects, c) {
  const names = new Set();
  const empty = new Set();
  const problems = [];
  for (const from of c.envFrom ?? []) {
    if (from.configMapRef) {
      const cm = find(objects, "ConfigMap", from.configMapRef.name);
      if (!cm) problems.push(`envFrom ConfigMap ${from.configMapRef.name} is not rendered`);
      else Object.entries(cm.data ?? {}).forEach(([k, v]) => (v === "" ? empty : names).add(k));
    }
    if (from.secretRef) {
      const s = find(objects, "Secret", from.secretRef.name);
      if (s) Object.keys({ ...s.data, ...s.stringData }).forEach((k) => names.add(k));
    }
  }
  for (const e of c.env ?? []) {
    if (e.valueFrom?.configMapKeyRef || e.valueFrom?.secretKeyRef) names.add(e.name);
    else problems.push(`${e.name}: set inline, not from a ConfigMap or Secret`);
  }
  return { names, empty, problems };
}
