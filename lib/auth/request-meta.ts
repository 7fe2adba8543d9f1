import { headers } from "next/headers";
import type { RequestMeta } from "@/lib/authz/actor";

/** Client IP and user agent of the current request, for audit rows and throttling. */
export async function currentRequestMeta(): Promise<RequestMeta & { host: string | null }> {
  const h = await headers();
  return metaFromHeaders(h);
}

export function metaFromHeaders(h: Headers): RequestMeta & { host: string | null } {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || h.get("x-real-ip") || null,
    userAgent: h.get("user-agent"),
    host: h.get("x-forwarded-host") ?? h.get("host"),
  };
}
