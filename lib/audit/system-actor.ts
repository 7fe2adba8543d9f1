import "server-only";
import type { AuditActor } from "./emit-audit";

/** Jobs the platform runs by itself (retention purge): no user, no request. */
export const SYSTEM_ACTOR: AuditActor = { type: "system", id: null, email: null, ip: null, userAgent: null };
