import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/authz/actor";
import { getConfig } from "@/lib/config";
import { unauthenticated } from "@/lib/errors";
import { currentApiKeyActor } from "./api-key-context";
import { loadActor, type ActorResult, type PageVersions } from "./load-actor";
import { loadApiKeyActor, noteApiKeyUse } from "./load-api-key-actor";
import { preloadedActor } from "./preloaded-actor";
import { metaFromHeaders } from "./request-meta";
import { sessionIdFromCookies } from "./session-id-from-cookies";

/** The signed-in actor for this request, loaded once per request (React cache). */
export const getActorResult = cache(async (): Promise<ActorResult> => {
  const keyActor = currentApiKeyActor();
  if (keyActor) return { ok: true, actor: keyActor };
  const h = await headers();
  return preloadedActor(h) ?? actorResultOf(h);
});

/**
 * The session actor of a request with these headers: its session cookie, read on this request
 * against the session row. Pages reach it through getActorResult; the page cache
 * (lib/page-cache) calls it before Next does, and hands the result to the page.
 */
export async function actorResultOf(h: Headers): Promise<ActorResult> {
  const sessionId = await sessionIdFromCookies(h.get("cookie") ?? "", getConfig().authSecret);
  if (!sessionId) return { ok: false, reason: "signed_out" };
  const meta = metaFromHeaders(h);
  const db = await getDb();
  return loadActor(db, sessionId, meta.host, { ip: meta.ip, userAgent: meta.userAgent });
}

/** The versions this request's actor was loaded with (lib/page-cache), or undefined. */
export async function currentPageVersions(): Promise<PageVersions | undefined> {
  const result = await getActorResult();
  return result.ok ? result.versions : undefined;
}

export async function getActor(): Promise<Actor | null> {
  const result = await getActorResult();
  return result.ok ? result.actor : null;
}

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw unauthenticated();
  return actor;
}

/**
 * The actor of a Bearer request (apiHandler only), or null for an unknown, expired or revoked key.
 * Notes when and from where the key was used, at most once a minute per key.
 */
export async function authenticateApiKey(request: Request, secret: string): Promise<Actor | null> {
  const meta = metaFromHeaders(request.headers);
  const db = await getDb();
  const actor = await loadApiKeyActor(db, secret, { ip: meta.ip, userAgent: meta.userAgent });
  if (actor?.apiKey) await noteApiKeyUse(db, actor.apiKey.id, meta.ip);
  return actor;
}
