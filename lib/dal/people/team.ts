import "server-only";
/**
 * Whose people a verb works on: the agency's staff, or the users of one of its clients. A plain
 * object, so a page can hand it to a client component and a server action can take it back; the
 * verb re-checks everything the caller may do with it (lib/dal/people/require-team.ts).
 */
export type Team = { kind: "staff" } | { kind: "client"; clientId: string };

export const STAFF_TEAM = { kind: "staff" } as const satisfies Team;

export const clientTeam = (clientId: string) => ({ kind: "client", clientId }) as const satisfies Team;
