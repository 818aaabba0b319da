/** A story step's answer did not match what the OpenAPI document and the story expect. */
export class Mismatch extends Error {}

/** What every openapi-fetch call resolves to: the raw response and the parsed body. */
interface Answer {
  response: Response;
  error?: unknown;
}

export function expectStatus(answer: Answer, status: number, what: string): void {
  const actual = answer.response.status;
  if (actual !== status) {
    const body = answer.error === undefined ? "" : `: ${JSON.stringify(answer.error)}`;
    throw new Mismatch(`${what}: expected HTTP ${status}, got ${actual}${body}`);
  }
}

export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) {
    throw new Mismatch(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function expectThat(condition: boolean, what: string): asserts condition {
  if (!condition) {
    throw new Mismatch(what);
  }
}

/** The body of a 2xx answer, which openapi-fetch leaves undefined on any other status. */
export function body<T>(data: T | undefined, what: string): T {
  if (data === undefined) {
    throw new Mismatch(`${what}: the answer has no body`);
  }
  return data;
}

/** A header the step needs, e.g. the ETag to send back in If-Match. */
export function header(response: Response, name: string, what: string): string {
  const value = response.headers.get(name);
  if (value === null || value === "") {
    throw new Mismatch(`${what}: the answer has no ${name} header`);
  }
  return value;
}

/** Asks again every half second until the answer satisfies the condition or the time is up. */
export async function eventually<T>(what: string, seconds: number, ask: () => Promise<T>,
                                    done: (answer: T) => boolean): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const answer = await ask();
    if (done(answer)) {
      return answer;
    }
    if (Date.now() > deadline) {
      throw new Mismatch(`${what}: not so after ${seconds} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
