import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

const store = globalThis as unknown as { __instanceId?: string };

/**
 * Names this process in the claims it takes (`host:pid:random`), so a clean shutdown hands back
 * exactly its own, and an operator can tell which instance holds what. Kept on globalThis: Next
 * may load this module in more than one bundle of the same process.
 */
export function instanceId(): string {
  store.__instanceId ??= `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  return store.__instanceId;
}
