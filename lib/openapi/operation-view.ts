import "server-only";
import { requestSchemaOf } from "./build-openapi-document";
import { OPERATIONS, type Operation } from "./operations";

/** What the console's reference page shows of an operation: its schemas as formatted JSON text. */
export type OpenApiOperationView = Pick<Operation, "method" | "path" | "tag" | "summary" | "access" | "success"> & {
  query: string[];
  bodySchema: string | null;
  example: string | null;
};

export function operationViews(): OpenApiOperationView[] {
  return OPERATIONS.map((op) => ({
    method: op.method,
    path: op.path,
    tag: op.tag,
    summary: op.summary,
    access: op.access,
    success: op.success,
    query: op.query ? Object.keys((requestSchemaOf(op.query).properties as object | undefined) ?? {}) : [],
    bodySchema: op.body ? JSON.stringify(requestSchemaOf(op.body), null, 2) : null,
    example: op.example === undefined ? null : JSON.stringify(op.example, null, 2),
  }));
}
