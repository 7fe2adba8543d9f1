import { cn } from "@/lib/utils";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * Calls by day of week × hour (on the client's clock) as a CSS grid: each cell's strength is its share of the
 * busiest cell. Every cell carries its number in a title and for screen readers.
 */
export function BusiestHoursHeatmap({
  cells,
  timeZone,
}: {
  cells: { dow: number; hour: number; calls: number }[];
  timeZone: string;
}) {
  const byKey = new Map(cells.map((c) => [`${c.dow}:${c.hour}`, c.calls]));
  const max = Math.max(1, ...cells.map((c) => c.calls));
  return (
    // relative: the screen-reader column names are absolutely positioned and must stay inside the scroll box.
    <div className="relative overflow-x-auto" data-testid="busiest-hours">
      <div
        className="grid min-w-[36rem] grid-cols-[2.5rem_repeat(24,minmax(0,1fr))] gap-0.5 text-[10px]"
        role="table"
        aria-label={`Calls by day and hour (${timeZone})`}
      >
        <div role="row" className="contents">
          {/* Every header has a name for screen readers, even where only every other hour is printed. */}
          <span role="columnheader">
            <span className="sr-only">Day</span>
          </span>
          {HOURS.map((h) => (
            <span key={h} role="columnheader" className="text-center text-muted-foreground">
              <span aria-hidden>{h % 2 === 0 ? h : ""}</span>
              <span className="sr-only">{`${h}:00`}</span>
            </span>
          ))}
        </div>
        {DAYS.map((day, d) => (
          <div role="row" key={day} className="contents">
            <span role="rowheader" className="self-center text-muted-foreground">
              {day}
            </span>
            {HOURS.map((h) => {
              const n = byKey.get(`${d + 1}:${h}`) ?? 0;
              return (
                <span
                  key={h}
                  role="cell"
                  title={`${day} ${String(h).padStart(2, "0")}:00 — ${n} calls`}
                  className={cn("aspect-square rounded-[3px]", n === 0 && "bg-muted")}
                  style={
                    n
                      ? {
                          background: `color-mix(in oklab, var(--primary) ${Math.round(15 + (85 * n) / max)}%, transparent)`,
                        }
                      : undefined
                  }
                >
                  <span className="sr-only">{`${day} ${h}:00: ${n} calls`}</span>
                </span>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
