import { describe, expect, it } from "vitest";
import { clientTeamRights, staffTeamRights } from "./team-rights";

const staff = [
  { id: "own", role: "owner" },
  { id: "adm", role: "admin" },
  { id: "adm2", role: "admin" },
  { id: "mgr", role: "manager" },
  { id: "mem", role: "member" },
];
const staffInvitations = [
  { id: "i-admin", role: "admin" },
  { id: "i-member", role: "member" },
];

describe("staffTeamRights (SPEC §4)", () => {
  it("an owner grants every role, manages everyone but itself, and may hand ownership to anyone not an owner", () => {
    const r = staffTeamRights(
      { userId: "own", role: "owner", canManage: true, canTransfer: true },
      staff,
      staffInvitations,
    );
    expect(r).toEqual({
      canInvite: true,
      grantableRoles: ["owner", "admin", "manager", "member"],
      manageableIds: ["adm", "adm2", "mgr", "mem"],
      ownershipTargetIds: ["adm", "adm2", "mgr", "mem"],
      manageableInvitationIds: ["i-admin", "i-member"],
    });
  });

  it("an admin grants below admin and leaves owners, admins and itself alone, invitations included", () => {
    const r = staffTeamRights(
      { userId: "adm", role: "admin", canManage: true, canTransfer: false },
      staff,
      staffInvitations,
    );
    expect(r.grantableRoles).toEqual(["manager", "member"]);
    expect(r.manageableIds).toEqual(["mgr", "mem"]);
    expect(r.ownershipTargetIds).toEqual([]);
    expect(r.manageableInvitationIds).toEqual(["i-member"]);
  });

  it("without staff.manage nothing is manageable, whatever the rank", () => {
    const r = staffTeamRights(
      { userId: "mgr", role: "manager", canManage: false, canTransfer: false },
      staff,
      staffInvitations,
    );
    expect(r).toMatchObject({
      canInvite: false,
      manageableIds: [],
      manageableInvitationIds: [],
      ownershipTargetIds: [],
    });
  });

  it("a row with a role outside the catalogue is never manageable", () => {
    const r = staffTeamRights(
      { userId: "own", role: "owner", canManage: true, canTransfer: false },
      [{ id: "x", role: "root" }],
      [{ id: "i", role: "root" }],
    );
    expect(r.manageableIds).toEqual([]);
    expect(r.manageableInvitationIds).toEqual([]);
  });
});

describe("clientTeamRights", () => {
  const users = [
    { id: "me", role: "admin" },
    { id: "sup", role: "supervisor" },
  ];
  it("a manager of the team offers every client role and manages everyone but itself", () => {
    const r = clientTeamRights({ userId: "me", canManage: true }, users, [{ id: "i1", role: "agent" }]);
    expect(r).toEqual({
      canInvite: true,
      grantableRoles: ["admin", "supervisor", "analyst", "agent"],
      manageableIds: ["sup"],
      ownershipTargetIds: [],
      manageableInvitationIds: ["i1"],
    });
  });

  it("a read-only viewer manages nothing", () => {
    expect(
      clientTeamRights({ userId: "staff-1", canManage: false }, users, [{ id: "i1", role: "agent" }]),
    ).toMatchObject({ canInvite: false, manageableIds: [], manageableInvitationIds: [] });
  });
});
