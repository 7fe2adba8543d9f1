import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/authz/actor";
import { unauthenticated } from "@/lib/errors";
import { loadActor, type ActorResult } from "./load-actor";
import { currentRequestMeta } from "./request-meta";

/** The signed-in actor for this request, loaded once per request (React cache). */
export const getActorResult = cache(async (): Promise<ActorResult> => {
  const session = (await auth()) as { sid?: string } | null;
  if (!session?.sid) return { ok: false, reason: "signed_out" };
  const meta = await currentRequestMeta();
  const db = await getDb();
  return loadActor(db, session.sid, meta.host, { ip: meta.ip, userAgent: meta.userAgent });
});

export async function getActor(): Promise<Actor | null> {
  const result = await getActorResult();
  return result.ok ? result.actor : null;
}

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw unauthenticated();
  return actor;
}
