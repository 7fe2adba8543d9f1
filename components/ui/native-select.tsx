import * as React from "react";

import { cn } from "@/lib/utils";

/**
 * The browser's own <select>, styled like the Select trigger (its shape is in app/globals.css,
 * [data-slot="native-select"]). For controls repeated on every row of a long list: it costs a
 * fraction of a Radix Select to render, and the platform gives it keyboard, screen-reader and
 * touch behaviour. The chevron is plain SVG (lucide's path) for the same reason.
 */
function NativeSelect({
  className,
  size = "default",
  ...props
}: Omit<React.ComponentProps<"select">, "size"> & { size?: "sm" | "default" }) {
  return (
    <div className={cn("relative w-fit", className)}>
      <select data-slot="native-select" data-size={size} {...props} />
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 opacity-50"
      >
        <path d="m6 9 6 6 6-6" />
      </svg>
    </div>
  );
}

export { NativeSelect };
