import { describe, expect, it } from "vitest";
import { listRouteMethods } from "@/lib/architecture/authz-oracle/enumerate-endpoints";
import { buildOpenApiDocument } from "./build-openapi-document";
import { OPERATIONS, routePatternOf } from "./operations";

// Routes that are not the documented API: the catch-all that answers 404, and the document itself.
const UNDOCUMENTED = new Set(["/api/v1/[...rest]", "/api/v1/openapi.json"]);

const routes = listRouteMethods()
  .filter((r) => r.pattern.startsWith("/api/v1/") && !r.notAllowed && !UNDOCUMENTED.has(r.pattern))
  .map((r) => `${r.method} ${r.pattern}`);
const documented = OPERATIONS.map((o) => `${o.method} ${routePatternOf(o.path)}`);

describe("the OpenAPI document", () => {
  it("documents every /api/v1 route method, and nothing that is not one", () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((r) => !documented.includes(r)).sort()).toEqual([]);
    expect(documented.filter((d) => !routes.includes(d)).sort()).toEqual([]);
    expect(new Set(documented).size).toBe(documented.length);
  });

  it("gives every write that takes a body its schema and an example the schema accepts", () => {
    for (const op of OPERATIONS) {
      if (op.body === undefined) continue;
      expect(op.example, `${op.method} ${op.path} has no example`).toBeDefined();
      const parsed = op.body.safeParse(op.example);
      expect(parsed.success, `${op.method} ${op.path}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("is OpenAPI 3.1 with the verbs' own schemas: a field the verb refuses is not what the document allows", () => {
    const doc = buildOpenApiDocument("https://portal.example");
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "https://portal.example" }]);
    const create = doc.paths["/api/v1/api-keys"].post as {
      requestBody: {
        content: {
          "application/json": {
            schema: { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
          };
        };
      };
    };
    const schema = create.requestBody.content["application/json"].schema;
    expect(Object.keys(schema.properties).sort()).toEqual(
      ["clientIds", "expiresAt", "expiresInDays", "name", "rateLimitPerMinute", "scopes"].sort(),
    );
    expect(schema.required.sort()).toEqual(["name", "scopes"]);
    expect(schema.additionalProperties).toBe(false);
    const calls = doc.paths["/api/v1/portal/calls"].get as { parameters: { name: string; in: string }[] };
    expect(calls.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["cursor", "limit", "agentId"]));
    // White-label: a client's developers read this document on their agency's host.
    expect(JSON.stringify(doc).toLowerCase()).not.toContain("switchboard");
  });
});
