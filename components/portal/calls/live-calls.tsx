"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

const EVERY_MS = 5_000;

/**
 * Keeps a page of calls current without a reload (SPEC §13, live portal): every few seconds,
 * while the tab is visible, it asks the same list API the page is built from for the newest call
 * this viewer may see — same session, same resolver, same assignment scope, so it can reveal
 * nothing the page would not — and refreshes the page's server components when that changes.
 * Polling rather than server-sent events: one short request per viewer every 5 s is cheap, works
 * through every proxy, and needs no connection held open per tab on each instance.
 */
export function LiveCalls() {
  const router = useRouter();
  const newest = useRef<string | null | undefined>(undefined);
  const [live, setLive] = useState(false);
  const [arrived, setArrived] = useState(0);
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const response = await fetch("/api/v1/portal/calls?limit=1", { cache: "no-store" });
        if (!response.ok) return setLive(false);
        const body = (await response.json()) as { items: { id: string }[] };
        const id = body.items[0]?.id ?? null;
        if (stopped) return;
        setLive(true);
        if (newest.current !== undefined && id !== newest.current) {
          setArrived((n) => n + 1);
          router.refresh();
        }
        newest.current = id;
      } catch {
        setLive(false);
      }
    };
    void check();
    const timer = setInterval(() => void check(), EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [router]);
  return (
    <p className="flex items-center gap-2 text-xs text-muted-foreground" data-testid="live-calls" data-live={live}>
      <span
        aria-hidden
        className={`size-2 rounded-full ${live ? "animate-pulse bg-success" : "bg-muted-foreground/40"}`}
      />
      <span>{live ? "Live: new calls appear here as they arrive." : "Connecting…"}</span>
      <span className="sr-only" aria-live="polite">
        {arrived > 0 ? `${arrived} new ${arrived === 1 ? "call" : "calls"} arrived.` : ""}
      </span>
    </p>
  );
}
