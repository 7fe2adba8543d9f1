import { TriangleAlert } from "lucide-react";

/** Every toggle off: invited users would land on an empty portal. */
export function HandsOffWarning({ subject }: { subject: string }) {
  return (
    <div
      data-testid="hands-off-warning"
      className="flex gap-2 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
    >
      <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
      <p>
        Every section is off: {subject} would see nothing but a &ldquo;nothing enabled yet&rdquo; page. Don&apos;t
        invite users until something is on.
      </p>
    </div>
  );
}
