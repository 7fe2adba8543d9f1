import { Info } from "lucide-react";

/** What a switch changed besides itself ("View call details needs View calls — turned on."). */
export function DependencyNotices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="dependency-notice"
      className="flex gap-2 rounded-md border border-primary/30 bg-primary/5 px-3 py-2 text-sm"
    >
      <Info className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
      <div>
        {notices.map((n) => (
          <p key={n}>{n}</p>
        ))}
      </div>
    </div>
  );
}
