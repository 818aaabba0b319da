import createClient from "openapi-fetch";
import type { paths as ApprovalPaths } from "../generated/approval-service.js";
import type { paths as EnterprisePaths } from "../generated/enterprise-service.js";
import type { paths as IndicatorPaths } from "../generated/indicator-service.js";
import type { paths as ProjectPaths } from "../generated/project-service.js";

/** The roles the story acts as; each one's bearer token comes from PARKSUITE_TOKEN_<ROLE>. */
export const ROLES = ["park-admin", "investment-officer", "service-manager", "park-leader"] as const;
export type Role = (typeof ROLES)[number];

export const GATEWAY_URL = process.env["GATEWAY_URL"] ?? "http://127.0.0.1:8080";

export function tokenVariable(role: Role): string {
  return `PARKSUITE_TOKEN_${role.toUpperCase().replaceAll("-", "_")}`;
}

/** Every role's token, read before the first call: a missing one ends the story at once. */
export function readTokens(): Record<Role, string> {
  const missing = ROLES.map(tokenVariable).filter((name) => !process.env[name]);
  if (missing.length > 0) {
    console.error(`FAILED: no bearer token in ${missing.join(", ")} `
      + "(locally: export PARKSUITE_TOKEN_PARK_ADMIN=\"$(deploy/suite token park-admin)\", and so on)");
    process.exit(1);
  }
  return Object.fromEntries(ROLES.map((role) => [role, process.env[tokenVariable(role)]])) as Record<Role, string>;
}

/** One client per service, each typed by the paths of the service's OpenAPI document. */
export const enterprises = createClient<EnterprisePaths>({ baseUrl: GATEWAY_URL });
export const projects = createClient<ProjectPaths>({ baseUrl: GATEWAY_URL });
export const indicators = createClient<IndicatorPaths>({ baseUrl: GATEWAY_URL });
export const approval = createClient<ApprovalPaths>({ baseUrl: GATEWAY_URL });
