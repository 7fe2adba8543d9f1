import { Skeleton } from "@/components/ui/skeleton";

export default function CallLoading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading call">
      <Skeleton className="h-8 w-24" />
      <Skeleton className="h-8 w-72" />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Skeleton className="h-96 rounded-xl" />
        <Skeleton className="h-72 rounded-xl" />
      </div>
    </div>
  );
}
