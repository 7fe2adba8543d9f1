"use client";

import { useEffect, useRef } from "react";
import { cn } from "@/lib/utils";
import { formatDuration } from "@/components/portal/calls/call-labels";

export type TranscriptLine = { speaker: "agent" | "caller"; text: string; startSeconds: number };

const SPEAKER = { agent: "Agent", caller: "Caller" } as const;

/** The line being spoken at `currentTime`: the last one that has started. */
export function activeLineIndex(lines: TranscriptLine[], currentTime: number | null): number {
  if (currentTime === null) return -1;
  let index = -1;
  lines.forEach((line, i) => {
    if (line.startSeconds <= currentTime + 0.05) index = i;
  });
  return index;
}

/**
 * Speaker-labelled, timestamped lines. With `onSeek` each line is a button that seeks the audio;
 * the active line is highlighted and scrolled into view inside the list (never the whole page).
 */
export function TranscriptLines({
  lines,
  currentTime = null,
  onSeek,
}: {
  lines: TranscriptLine[];
  currentTime?: number | null;
  onSeek?: (seconds: number) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const active = activeLineIndex(lines, currentTime);

  useEffect(() => {
    const container = list.current;
    const item = container?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (!container || !item) return;
    const top = item.offsetTop - container.offsetTop;
    if (top < container.scrollTop || top + item.offsetHeight > container.scrollTop + container.clientHeight) {
      container.scrollTo({ top: top - container.clientHeight / 3, behavior: "smooth" });
    }
  }, [active]);

  if (lines.length === 0) return <p className="text-sm text-muted-foreground">No words were spoken on this call.</p>;
  return (
    <ol
      ref={list}
      className="relative space-y-1 md:max-h-[28rem] md:overflow-y-auto md:pr-1"
      aria-label="Transcript"
      data-testid="transcript"
    >
      {lines.map((line, i) => {
        const body = (
          <>
            <span className="w-12 shrink-0 pt-0.5 text-xs text-muted-foreground tabular-nums">
              {formatDuration(Math.floor(line.startSeconds))}
            </span>
            <span className="min-w-0">
              <span
                className={cn(
                  "mr-2 text-xs font-semibold uppercase tracking-wide",
                  line.speaker === "agent" ? "text-primary-text" : "text-muted-foreground",
                )}
              >
                {SPEAKER[line.speaker]}
              </span>
              <span className="text-sm">{line.text}</span>
            </span>
          </>
        );
        const className = cn(
          "flex w-full gap-3 rounded-md px-2 py-1.5 text-left transition-colors",
          i === active && "bg-primary/10 ring-1 ring-primary/30",
        );
        return (
          <li
            key={i}
            data-index={i}
            data-testid="transcript-line"
            data-active={i === active ? "true" : undefined}
            aria-current={i === active ? "true" : undefined}
          >
            {onSeek ? (
              <button
                type="button"
                className={cn(
                  className,
                  "hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
                )}
                onClick={() => onSeek(line.startSeconds)}
              >
                {/* The name starts with the visible line, the action after it (WCAG 2.5.3, label in name). */}
                {body}
                <span className="sr-only">: play the recording from here</span>
              </button>
            ) : (
              <div className={className}>{body}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
