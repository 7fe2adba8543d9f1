import { Skeleton } from "@/components/ui/skeleton";

// In the (overview) group so it wraps the overview only: a loading.tsx at app/agency would put
// every console page in a Suspense boundary, and their notFound() would then answer 200.
export default function Loading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <Skeleton className="h-8 w-56" />
      <div className="grid gap-4 sm:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-24 rounded-xl" />
        ))}
      </div>
    </div>
  );
}
