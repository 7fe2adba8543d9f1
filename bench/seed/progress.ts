/**
 * A one-line progress bar on stderr (stdout stays clean for the timings). Without a terminal it
 * prints a line every 10 % instead of redrawing.
 */
export function progressBar(label: string, total: number) {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastDraw = 0;
  let lastDecile = -1;
  const draw = (done: number, final = false) => {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const text = `${label.padEnd(14)} ${bar(ratio)} ${(ratio * 100).toFixed(0).padStart(3)}% ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} ${seconds.toFixed(1)}s ${rate.toLocaleString("en-US")}/s`;
    if (tty) process.stderr.write(`\r${text}${final ? "\n" : ""}`);
    // The last line is done()'s, with the final time.
    else if (final || (ratio < 1 && Math.floor(ratio * 10) > lastDecile)) {
      lastDecile = Math.floor(ratio * 10);
      process.stderr.write(`${text}\n`);
    }
  };
  return {
    tick(done: number) {
      const now = Date.now();
      if (now - lastDraw < 200) return;
      lastDraw = now;
      draw(done);
    },
    done(done = total) {
      draw(done, true);
      return (Date.now() - started) / 1000;
    },
  };
}

function bar(ratio: number, width = 28): string {
  const full = Math.round(ratio * width);
  return `[${"#".repeat(full)}${".".repeat(width - full)}]`;
}
