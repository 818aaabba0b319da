/**
 * The cockpit's only way out: openapi-fetch clients typed by the generated paths, calling
 * /api/v1 on the page's own origin with the signed-in user's bearer token. Every failure becomes
 * an ApiFailure that says what is missing, so a panel can tell the user (401: a token; 404 on a
 * period: not released; …) instead of drawing an empty chart.
 */
import createClient, { type Middleware } from "openapi-fetch";
import type { ApprovalPaths, EnterprisePaths, IndicatorPaths, Problem, ProjectPaths } from "./types.js";

export type FailureKind =
  | "no-token"
  | "unauthorized"
  | "forbidden"
  | "not-released"
  | "not-found"
  | "rate-limited"
  | "unavailable"
  | "network"
  | "other";

export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    /** The operation, as the user may read it: "GET /api/v1/indicators/dashboard". */
    readonly what: string,
    readonly status: number | null,
    readonly problem: Problem | null,
  ) {
    super(`${what}: ${kind}${status === null ? "" : ` (${status})`}`);
  }
}

/** What a 404 means for the operation: for figures of a period, that it is not released. */
export type NotFoundMeans = "not-released" | "not-found";

export function failureKind(status: number, notFound: NotFoundMeans): FailureKind {
  switch (status) {
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
      return notFound;
    case 429:
      return "rate-limited";
    case 502:
    case 503:
    case 504:
      return "unavailable";
    default:
      return "other";
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === "object" && body !== null && "status" in body && "title" in body;
}

export interface Api {
  indicators: ReturnType<typeof createClient<IndicatorPaths>>;
  projects: ReturnType<typeof createClient<ProjectPaths>>;
  enterprises: ReturnType<typeof createClient<EnterprisePaths>>;
  approvals: ReturnType<typeof createClient<ApprovalPaths>>;
}

/** Clients that read the token at every request, so a token pasted later applies at once. */
export function createApi(origin: string, token: () => string | null): Api {
  const bearer: Middleware = {
    onRequest({ request }) {
      const current = token();
      if (current === null) {
        throw new ApiFailure("no-token", `${request.method} ${new URL(request.url).pathname}`, null, null);
      }
      request.headers.set("Authorization", `Bearer ${current}`);
      request.headers.set("Accept", "application/json, application/problem+json");
      return request;
    },
  };
  // credentials "omit": the token is the only credential; no cookie of the origin is sent.
  const options = { baseUrl: origin, credentials: "omit" as const };
  const api: Api = {
    indicators: createClient<IndicatorPaths>(options),
    projects: createClient<ProjectPaths>(options),
    enterprises: createClient<EnterprisePaths>(options),
    approvals: createClient<ApprovalPaths>(options),
  };
  api.indicators.use(bearer);
  api.projects.use(bearer);
  api.enterprises.use(bearer);
  api.approvals.use(bearer);
  return api;
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer, or an ApiFailure naming the operation and what went wrong. */
export async function load<T>(
  what: string,
  call: () => Promise<Answer<T>>,
  notFound: NotFoundMeans = "not-found",
  retries = 2,
): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call();
  } catch (thrown) {
    if (thrown instanceof ApiFailure) {
      throw thrown;
    }
    if (thrown instanceof DOMException && thrown.name === "AbortError") {
      throw thrown;
    }
    throw new ApiFailure("network", what, null, null);
  }
  const { response } = answer;
  if (response.status === 429 && retries > 0) {
    // The gateway's per-token bucket refills within a second or two; a whole view is ~40 requests.
    const seconds = Math.min(Number(response.headers.get("Retry-After")) || 1, 3);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    return load(what, call, notFound, retries - 1);
  }
  if (response.ok && answer.data !== undefined) {
    return answer.data;
  }
  const problem = isProblem(answer.error) ? answer.error : null;
  throw new ApiFailure(response.ok ? "other" : failureKind(response.status, notFound), what, response.status, problem);
}

/** Runs tasks a few at a time: the gateway limits each token to 20 requests a second. */
export async function inBatches<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
