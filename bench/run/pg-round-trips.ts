import net from "node:net";

/**
 * A TCP pass-through to PostgreSQL that counts round trips: every Sync ('S', which ends an
 * extended-protocol query, however many Parse/Bind/Execute it pipelines) and every simple Query
 * ('Q') in the client → server direction is one wait for the database. Used only for the
 * round-trip probe, never while measuring throughput, so the extra hop costs those figures nothing.
 */
export async function startRoundTripCounter(target: { host: string; port: number }) {
  let roundTrips = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let pending = Buffer.alloc(0);
    let started = false;
    client.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      // Before the startup message there is no type byte: Int32 length, Int32 code (SSLRequest or protocol).
      while (!started && pending.length >= 8) {
        const length = pending.readInt32BE(0);
        if (pending.length < length) break;
        started = pending.readInt32BE(4) === 196608;
        pending = pending.subarray(length);
      }
      while (started && pending.length >= 5) {
        const length = pending.readInt32BE(1) + 1;
        if (pending.length < length) break;
        if (pending[0] === 0x53 || pending[0] === 0x51) roundTrips++;
        pending = pending.subarray(length);
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    count: () => roundTrips,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
