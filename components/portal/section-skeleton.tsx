import { Skeleton } from "@/components/ui/skeleton";

/**
 * What a section shows while its data streams in. Pages check access first and only then
 * suspend, so a section the viewer may not open still answers a real 404 (a route-level
 * loading.tsx would start a 200 response before the check could run).
 */
export function SectionSkeleton({ variant }: { variant: "table" | "cards" }) {
  return (
    <div aria-busy="true" aria-label="Loading" className="space-y-3">
      {variant === "cards" ? (
        <div className="grid gap-4 md:grid-cols-2">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-44 w-full" />
          ))}
        </div>
      ) : (
        <div className="space-y-2 rounded-lg border p-4">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      )}
    </div>
  );
}
