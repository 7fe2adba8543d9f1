import { Badge } from "@/components/ui/badge";
import type { OpenApiOperationView } from "@/lib/openapi/operation-view";

const METHOD_VARIANT = { GET: "secondary", DELETE: "destructive" } as const;

/** One operation of the reference: method and path, who may call it, its query and body schemas. */
export function OperationEntry({ op }: { op: OpenApiOperationView }) {
  const anchor = `${op.method}-${op.path}`.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase();
  return (
    <article id={anchor} className="space-y-2 border-t py-4 first:border-t-0" aria-labelledby={`${anchor}-title`}>
      <h3 id={`${anchor}-title`} className="flex flex-wrap items-center gap-2 text-sm font-semibold">
        <Badge variant={METHOD_VARIANT[op.method as keyof typeof METHOD_VARIANT] ?? "default"}>{op.method}</Badge>
        <code className="break-all">{op.path}</code>
      </h3>
      <p className="text-sm">{op.summary}</p>
      <p className="text-xs text-muted-foreground">{op.access}</p>
      {op.query.length > 0 && (
        <p className="text-xs">
          Query:{" "}
          {op.query.map((q) => (
            <code key={q} className="mr-2">
              {q}
            </code>
          ))}
        </p>
      )}
      {op.bodySchema && (
        <details className="text-xs">
          <summary className="cursor-pointer font-medium">Request body schema</summary>
          <pre className="mt-2 max-h-80 overflow-auto rounded-md bg-muted p-3">{op.bodySchema}</pre>
        </details>
      )}
      {op.example && (
        <details className="text-xs">
          <summary className="cursor-pointer font-medium">Example</summary>
          <pre className="mt-2 overflow-auto rounded-md bg-muted p-3">{op.example}</pre>
        </details>
      )}
      <p className="text-xs text-muted-foreground">
        {op.success.status}: {op.success.description}
      </p>
    </article>
  );
}
