import { Skeleton } from "@/components/ui/skeleton";

export function CallListSkeleton() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading calls" data-testid="calls-loading">
      <Skeleton className="h-48 w-full rounded-xl" />
      <div className="space-y-2 rounded-xl border p-4">
        {Array.from({ length: 10 }, (_, i) => (
          <Skeleton key={i} className="h-9 w-full" />
        ))}
      </div>
    </div>
  );
}
