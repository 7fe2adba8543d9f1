// What a load balancer's readiness probe asks (GET /api/ready): each dependency the app needs to
// serve requests registers a check here — the database does (db/readiness.ts); the object store
// registers its own when one is configured. Kept on globalThis: Next may load this module in
// more than one bundle of the same process.
export type ReadinessCheck = () => Promise<void>;

const store = globalThis as unknown as { __readinessChecks?: Map<string, ReadinessCheck> };

export function registerReadinessCheck(name: string, check: ReadinessCheck) {
  (store.__readinessChecks ??= new Map()).set(name, check);
}

export function readinessChecks(): [string, ReadinessCheck][] {
  return [...(store.__readinessChecks ?? new Map()).entries()];
}

const DRAINING = Symbol.for("app.draining");

/** scripts/server.mjs sets this on SIGTERM: the instance stops being offered new requests. */
export function isDraining(): boolean {
  return (globalThis as Record<symbol, unknown>)[DRAINING] === true;
}
