/** The fixtures: the OpenAPI documents' own examples, copied as JSON (see fixtures/). */
import { readFileSync } from "node:fs";

export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}.json`, import.meta.url), "utf8")) as T;
}
