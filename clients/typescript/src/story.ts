/**
 * The first calls of the suite's story, through the gateway, with the clients generated from the
 * OpenAPI documents: an enterprise registered, read back and updated under If-Match (a stale
 * version refused), a project of it signed, its start-up application drafted by the approval desk,
 * and the park's dashboard read.
 */
import { readFile } from "node:fs/promises";
import type { operations as Approval } from "../generated/approval-service.js";
import { body, eventually, expectEqual, expectStatus, expectThat, header, Mismatch } from "./expect.js";
import { approval, enterprises, GATEWAY_URL, indicators, projects, readTokens, type Role } from "./gateway.js";
import { randomUscc } from "./uscc.js";

const DEMO_DATA = new URL("../../../../deploy/demo/data/", import.meta.url);
const tokens = readTokens();
const started = Date.now();

function as(role: Role) {
  return { headers: { Authorization: `Bearer ${tokens[role]}` } };
}

async function step(name: string, run: () => Promise<string>): Promise<void> {
  const began = Date.now();
  const outcome = await run();
  console.log(`ok  ${name}: ${outcome} (${Date.now() - began} ms)`);
}

async function demoData<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(new URL(file, DEMO_DATA), "utf8")) as T;
}

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const uscc = randomUscc();
const enterpriseName = "望城示例客户端新材料有限公司";
const projectName = "客户端新材料产业园";
let enterpriseVersion = "";
let projectId = "";

async function story(): Promise<void> {
  await step("load the approval catalogue (service-manager)", async () => {
    const items = await demoData<Approval["importServiceItems"]["requestBody"]["content"]["application/json"]>("approval-service-items.json");
    const itemsLoaded = await approval.POST("/api/v1/approval/service-items/bulk", { ...as("service-manager"), body: items });
    expectStatus(itemsLoaded, 200, "importServiceItems");
    expectEqual(body(itemsLoaded.data, "importServiceItems").imported, items.length, "importServiceItems imported");
    const bundles = await demoData<Approval["importBundles"]["requestBody"]["content"]["application/json"]>("approval-bundles.json");
    const bundlesLoaded = await approval.POST("/api/v1/approval/bundles/bulk", { ...as("service-manager"), body: bundles });
    expectStatus(bundlesLoaded, 200, "importBundles");
    expectEqual(body(bundlesLoaded.data, "importBundles").imported, bundles.length, "importBundles imported");
    return `${items.length} service items, ${bundles.length} bundles`;
  });

  await step("register an enterprise (park-admin)", async () => {
    const registered = await enterprises.POST("/api/v1/enterprises", {
      ...as("park-admin"),
      body: { uscc, name: enterpriseName, legalRepresentative: "王示例" },
    });
    expectStatus(registered, 201, "registerEnterprise");
    const record = body(registered.data, "registerEnterprise");
    expectEqual(record.uscc, uscc, "registerEnterprise uscc");
    expectEqual(record.status, "ACTIVE", "registerEnterprise status");
    return uscc;
  });

  await step("read it back with its ETag", async () => {
    const read = await enterprises.GET("/api/v1/enterprises/{uscc}", { ...as("park-admin"), params: { path: { uscc } } });
    expectStatus(read, 200, "getEnterprise");
    const record = body(read.data, "getEnterprise");
    expectEqual(record.name, enterpriseName, "getEnterprise name");
    expectEqual(record.legalRepresentative, "王示例", "getEnterprise legalRepresentative");
    enterpriseVersion = header(read.response, "ETag", "getEnterprise");
    return `ETag ${enterpriseVersion}`;
  });

  const stale = enterpriseVersion;
  await step("update it with If-Match", async () => {
    const replaced = await enterprises.PUT("/api/v1/enterprises/{uscc}", {
      ...as("park-admin"),
      params: { path: { uscc }, header: { "If-Match": stale } },
      body: { uscc, name: enterpriseName, legalRepresentative: "李示例", address: "长沙市望城区示例路8号" },
    });
    expectStatus(replaced, 200, "replaceEnterprise");
    expectEqual(body(replaced.data, "replaceEnterprise").legalRepresentative, "李示例", "replaceEnterprise legalRepresentative");
    enterpriseVersion = header(replaced.response, "ETag", "replaceEnterprise");
    expectThat(enterpriseVersion !== stale, `replaceEnterprise: the ETag is still ${stale}`);
    const read = await enterprises.GET("/api/v1/enterprises/{uscc}", { ...as("park-admin"), params: { path: { uscc } } });
    expectStatus(read, 200, "getEnterprise after the update");
    expectEqual(body(read.data, "getEnterprise").address, "长沙市望城区示例路8号", "getEnterprise address after the update");
    expectEqual(header(read.response, "ETag", "getEnterprise"), enterpriseVersion, "getEnterprise ETag after the update");
    return `ETag ${stale} -> ${enterpriseVersion}`;
  });

  await step("a stale If-Match is refused", async () => {
    const refused = await enterprises.PUT("/api/v1/enterprises/{uscc}", {
      ...as("park-admin"),
      params: { path: { uscc }, header: { "If-Match": stale } },
      body: { uscc, name: enterpriseName, legalRepresentative: "赵示例" },
    });
    expectStatus(refused, 412, "replaceEnterprise with a stale If-Match");
    expectThat(refused.response.headers.get("Content-Type")?.startsWith("application/problem+json") === true,
      `replaceEnterprise with a stale If-Match: Content-Type ${refused.response.headers.get("Content-Type")}`);
    expectEqual(refused.error?.status, 412, "the problem's status");
    return `412 ${refused.error?.title ?? ""}`;
  });

  await step("create a project for it (investment-officer)", async () => {
    const created = await projects.POST("/api/v1/projects", {
      ...as("investment-officer"),
      body: {
        name: projectName,
        investor: { uscc, name: enterpriseName, type: "OTHER" },
        plannedInvestmentYuan: 300000000,
        landAreaMu: 80,
        stage: "NEGOTIATING",
        stageDate: today,
      },
    });
    expectStatus(created, 201, "createProject");
    const project = body(created.data, "createProject");
    expectEqual(project.stage, "NEGOTIATING", "createProject stage");
    projectId = body(project.id, "createProject id");
    return projectId;
  });

  let projectVersion = "";
  await step("wait until the investor is linked to the enterprise", async () => {
    const linked = await eventually("the project's investor.linked", 30,
      () => projects.GET("/api/v1/projects/{id}", { ...as("investment-officer"), params: { path: { id: projectId } } }),
      (read) => read.data?.investor?.linked === true);
    expectEqual(linked.data?.investor?.uscc, uscc, "getProject investor.uscc");
    projectVersion = header(linked.response, "ETag", "getProject");
    return `ETag ${projectVersion}`;
  });

  await step("move it to SIGNED with If-Match", async () => {
    const signed = await projects.POST("/api/v1/projects/{id}/transitions", {
      ...as("investment-officer"),
      params: { path: { id: projectId }, header: { "If-Match": projectVersion } },
      body: { to: "SIGNED", date: today, note: "签约大会" },
    });
    expectStatus(signed, 200, "changeProjectStage");
    expectEqual(body(signed.data, "changeProjectStage").stage, "SIGNED", "changeProjectStage stage");
    return "SIGNED";
  });

  await step("wait for the drafted start-up application (service-manager)", async () => {
    const listed = await eventually("one application for the project", 30,
      () => approval.GET("/api/v1/approval/applications", { ...as("service-manager"), params: { query: { projectId } } }),
      (list) => list.data?.total === 1);
    const draft = body(listed.data?.items?.[0], "listApplications items[0]");
    expectEqual(draft.status, "DRAFT", "the application's status");
    expectEqual(draft.bundleCode, "industrial-construction", "the application's bundleCode");
    expectEqual(draft.applicantUscc, uscc, "the application's applicantUscc");
    expectEqual(draft.formData?.["projectName"], projectName, "the application's formData.projectName");
    return `${draft.referenceNumber ?? draft.id} DRAFT`;
  });

  await step("read the indicator dashboard (park-leader)", async () => {
    const releases = await indicators.GET("/api/v1/indicators/releases", as("park-leader"));
    expectStatus(releases, 200, "listReleases");
    const latest = body(releases.data, "listReleases").filter((release) => release.released).at(-1);
    if (latest === undefined) {
      const period = today.slice(0, 7).replace(/-01$/, "-02");
      const unreleased = await indicators.GET("/api/v1/indicators/dashboard", { ...as("park-leader"), params: { query: { period } } });
      expectStatus(unreleased, 404, `getDashboard of the unreleased ${period}`);
      return `no period released yet: ${period} is 404 as documented`;
    }
    const dashboard = await indicators.GET("/api/v1/indicators/dashboard", {
      ...as("park-leader"),
      params: { query: { period: latest.period } },
    });
    expectStatus(dashboard, 200, "getDashboard");
    const figures = body(dashboard.data, "getDashboard");
    expectEqual(figures.period, latest.period, "getDashboard period");
    expectThat(figures.indicators.length > 0, "getDashboard: no indicators");
    return `${figures.parkName} ${figures.ytdLabel}: ${figures.indicators.length} indicators`;
  });
}

try {
  console.log(`Story through ${GATEWAY_URL} with the generated TypeScript clients`);
  await story();
  console.log(`Story passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (failure) {
  const reason = failure instanceof Mismatch ? failure.message
    : failure instanceof TypeError && failure.cause instanceof Error ? `${GATEWAY_URL} does not answer: ${failure.cause.message}`
      : String(failure);
  console.error(`FAILED after ${((Date.now() - started) / 1000).toFixed(1)} s: ${reason}`);
  process.exitCode = 1;
}
