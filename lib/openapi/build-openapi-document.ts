import "server-only";
import { z } from "zod";
import { OPERATIONS, type Operation } from "./operations";

type JsonSchema = Record<string, unknown>;

/**
 * The request side of a verb's schema as JSON Schema 2020-12, which OpenAPI 3.1 uses as is.
 * Transforms and preprocessors have no JSON form: they document as "any value" of their input.
 */
export function requestSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const ERROR = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string" }, details: { type: "object" } },
    },
  },
};

const errorRef = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

function queryParameters(schema: z.ZodType | undefined) {
  if (!schema) return [];
  const json = requestSchemaOf(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

function operationObject(op: Operation) {
  const pathParameters = [...op.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  return {
    tags: [op.tag],
    summary: op.summary,
    description: op.access,
    operationId: `${op.method.toLowerCase()}${op.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string = "") => c.toUpperCase())}`,
    parameters: [...pathParameters, ...queryParameters(op.query)],
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: requestSchemaOf(op.body),
                ...(op.example !== undefined ? { example: op.example } : {}),
              },
            },
          },
        }
      : {}),
    responses: {
      [String(op.success.status)]: {
        description: op.success.description,
        content: { [op.success.contentType ?? "application/json"]: {} },
      },
      "401": errorRef("No session and no valid API key (unknown, expired or revoked)."),
      "403": errorRef("Signed in, but not allowed; or a cookie write from another origin."),
      "404": errorRef("Not found, or another tenant's."),
      "422": errorRef("The input was refused; the message names the field."),
      "429": errorRef("The API key's rate limit; see Retry-After."),
    },
  };
}

/** The OpenAPI 3.1 document of `/api/v1` on the host asked (the console or an agency's portal). */
export function buildOpenApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "Client portal API",
      version: "1",
      description:
        "Every route answers a browser session or `Authorization: Bearer <key>`. A key acts with its scopes " +
        'intersected with its creator\'s current capabilities. Errors are `{"error": {"code", "message"}}`.',
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }, { session: [] }],
    tags: [...new Set(OPERATIONS.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Error: ERROR },
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "An API key (`sk_…`)." },
        session: { type: "apiKey", in: "cookie", name: "session", description: "A signed-in browser session." },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
