import { OperationEntry } from "@/components/console/api-reference/operation-entry";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { operationViews } from "@/lib/openapi/operation-view";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("API reference", "settings.manage");

// The API reference, rendered from the same operations and zod schemas as /api/v1/openapi.json.
export default async function ApiReferencePage() {
  await requireStaffActor("settings.manage");
  const ops = operationViews();
  const tags = [...new Set(ops.map((o) => o.tag))];
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>API reference</CardTitle>
          <CardDescription>
            Call any route with <code>Authorization: Bearer &lt;key&gt;</code> (create keys under API keys). The
            machine-readable description is at{" "}
            <a className="underline" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>{" "}
            (OpenAPI 3.1).
          </CardDescription>
        </CardHeader>
        <CardContent>
          <nav aria-label="API sections" className="flex flex-wrap gap-3 text-sm">
            {tags.map((tag) => (
              <a key={tag} className="underline" href={`#tag-${tag.replace(/\W+/g, "-").toLowerCase()}`}>
                {tag}
              </a>
            ))}
          </nav>
        </CardContent>
      </Card>
      {tags.map((tag) => (
        <Card key={tag}>
          <CardHeader>
            <CardTitle>
              <h2 id={`tag-${tag.replace(/\W+/g, "-").toLowerCase()}`}>{tag}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            {ops
              .filter((o) => o.tag === tag)
              .map((op) => (
                <OperationEntry key={`${op.method} ${op.path}`} op={op} />
              ))}
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
