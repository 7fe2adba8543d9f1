import "server-only";
import type { SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import type { Actor } from "@/lib/authz/actor";
import type { MailBrand } from "@/lib/mail/mail-brand";
import type { PersonRow } from "./person-dto";

/** What a verb may need of a team: to see its people, to see its invitations, to change either. */
export type Need = "read" | "invitations" | "manage";

/** What an invitation's email and answer carry besides the invitation: the brand, the client's name, warnings. */
export type InvitationContext = { brand: MailBrand; clientName?: string; warnings: string[] };

/**
 * One team as the people verbs see it, for one actor whose access is already checked. The verbs
 * are written once; everything that differs between staff and a client's users is answered here.
 * The hierarchy itself (who may grant or manage which role, the last owner) is lib/authz's.
 */
export type Audience<Dto> = {
  readonly actor: Actor;
  readonly agencyId: string;
  /** null for the agency's staff: their invitations carry no client. */
  readonly clientId: string | null;
  /** "Team member" or "User", as the messages name one person. */
  readonly noun: string;
  readonly roles: readonly [string, ...string[]];
  readonly roleMessage: string;
  /** How an invitation email names each role. */
  readonly roleLabels: Readonly<Record<string, string>>;
  /** The assignment list: clients for staff, AI agents for a client's users. */
  readonly assignment: "clientIds" | "agentIds";
  /** The users rows that are this team's people (any status). */
  members(): SQL;
  /** The person's assignment ids, aggregated in the same query. */
  assignedIds(): SQL<string[]>;
  /** Refuses (422) ids that are not the agency's clients / this client's agents. */
  assertAssignable(tx: Queryable, ids: string[]): Promise<void>;
  replaceAssignments(tx: Queryable, userId: string, ids: string[]): Promise<void>;
  /** Refuses (403) a role the actor may not grant, or an invitation granting one. */
  assertMayGrant(role: string): void;
  /** Refuses (403) a person the actor may not change; 404 for a row that is no person of this team. */
  assertMayManage(role: string): void;
  /** Refuses (403) changing or removing oneself where that could leave the team unmanaged. */
  assertNotSelf(userId: string, change: "change" | "remove"): void;
  /** Refuses (409) a change that would leave the team without an owner; `null` is a removal. */
  assertKeepsOwner(tx: Queryable, person: { id: string; role: string }, nextRole: string | null): Promise<void>;
  /** Refuses (404) a team that does not exist for a list. */
  assertExists(tx: Queryable): Promise<void>;
  /** The brand, client name and warnings of an invitation email; `resend` finds an archived client too. */
  invitationContext(tx: Queryable, opts?: { resend?: boolean }): Promise<InvitationContext>;
  /** Where an audit event of this team says whose it is: the client, or `staff: true` in the details. */
  auditScope(details: Record<string, unknown>): { clientId?: string; details: Record<string, unknown> };
  toDto(row: PersonRow): Dto;
};
