import "server-only";
import { headers } from "next/headers";
import type { RequestMeta } from "@/lib/authz/actor";
import { clientAddressOf } from "@/lib/net/request-client-address";

/** Client IP and user agent of the current request, for audit rows and throttling. */
export async function currentRequestMeta(): Promise<RequestMeta & { host: string | null }> {
  const h = await headers();
  return metaFromHeaders(h);
}

export function metaFromHeaders(h: Headers): RequestMeta & { host: string | null } {
  return {
    // Never X-Forwarded-For's first entry nor X-Real-IP: a client writes those itself.
    ip: clientAddressOf(h),
    userAgent: h.get("user-agent"),
    host: h.get("x-forwarded-host") ?? h.get("host"),
  };
}
