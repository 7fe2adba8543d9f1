import { DIRECTION_LABELS } from "./call-labels";

/**
 * The caller's number with an arrow saying whether the call came in or went out. The arrow is
 * drawn by CSS (app/globals.css, [data-call-direction]) rather than an SVG element per row: on a
 * 50-row list the SVG markup alone was ~40 KB of HTML and RSC payload and a sixth of the render.
 */
export function CallDirection({ direction, number }: { direction: "inbound" | "outbound"; number: string }) {
  return (
    <span className="inline-flex items-center gap-1.5 tabular-nums">
      <span data-call-direction={direction} role="img" aria-label={DIRECTION_LABELS[direction]} />
      {number}
    </span>
  );
}
