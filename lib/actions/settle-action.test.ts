import { describe, expect, it } from "vitest";
import type { ActionResult } from "./run-action";
import { settleAction, type ActionEffects, type RunOptions } from "./settle-action";

function record<T>(result: ActionResult<T>, options: RunOptions<T> = {}) {
  const log: string[] = [];
  const effects: ActionEffects = {
    toast: {
      success: (t) => log.push(`success:${t}`),
      error: (t) => log.push(`error:${t}`),
      warning: (t, o) => log.push(`warning:${t}:${o.duration}`),
    },
    refresh: () => log.push("refresh"),
    push: (p) => log.push(`push:${p}`),
  };
  settleAction(result, options, effects);
  return log;
}

const failure = { ok: false as const, code: "conflict", error: "Someone else saved first." };

describe("settleAction", () => {
  it("toasts the action's message and refreshes by default; a message-less success says Done.", () => {
    expect(record({ ok: true, data: 1, message: "User updated." })).toEqual(["success:User updated.", "refresh"]);
    expect(record({ ok: true, data: 1 })).toEqual(["success:Done.", "refresh"]);
  });

  it("toasts a failure and does not refresh, unless asked to refresh always", () => {
    expect(record(failure)).toEqual(["error:Someone else saved first."]);
    expect(record(failure, { refresh: "always" })).toEqual(["error:Someone else saved first.", "refresh"]);
  });

  it("lets the component show a failure itself, with or without the toast", () => {
    const seen: string[] = [];
    expect(record(failure, { onError: (f) => seen.push(f.code), errorToast: false })).toEqual([]);
    expect(record(failure, { errorToast: (f) => f.code !== "conflict" })).toEqual([]);
    expect(record({ ...failure, code: "validation_failed" }, { errorToast: (f) => f.code !== "conflict" })).toEqual([
      "error:Someone else saved first.",
    ]);
    expect(seen).toEqual(["conflict"]);
  });

  it("toasts the warnings a success carries, longer, after the success", () => {
    const data = { id: "i1", warnings: ["The portal is suspended.", 7] };
    expect(record({ ok: true, data, message: "Invitation sent." })).toEqual([
      "success:Invitation sent.",
      "warning:The portal is suspended.:10000",
      "refresh",
    ]);
  });

  it("runs onSuccess before refreshing, with the data; a text, a function or false replace the message", () => {
    const log: string[] = [];
    const out = record(
      { ok: true, data: { name: "Acme" }, message: "ignored" },
      {
        success: (d) => `${d.name} created`,
        onSuccess: (d) => log.push(d.name),
      },
    );
    expect(out).toEqual(["success:Acme created", "refresh"]);
    expect(log).toEqual(["Acme"]);
    expect(record({ ok: true, data: 1, message: "m" }, { success: "Saved." })).toEqual(["success:Saved.", "refresh"]);
    expect(record({ ok: true, data: 1, message: "m" }, { success: false, refresh: "never" })).toEqual([]);
  });

  it("toasts a check that ran but failed as an error, and still refreshes", () => {
    const test = (delivered: boolean) =>
      record(
        { ok: true, data: { delivered } },
        {
          success: (d) => (d.delivered ? "Delivered." : { error: "Not delivered." }),
        },
      );
    expect(test(true)).toEqual(["success:Delivered.", "refresh"]);
    expect(test(false)).toEqual(["error:Not delivered.", "refresh"]);
  });

  it("navigates instead of refreshing when told where to go", () => {
    expect(
      record({ ok: true, data: { id: "c1" } }, { success: false, navigate: (d) => `/agency/clients/${d.id}` }),
    ).toEqual(["push:/agency/clients/c1"]);
    expect(record({ ok: true, data: null }, { success: false, navigate: "/calls" })).toEqual(["push:/calls"]);
    expect(record(failure, { navigate: "/calls" })).toEqual(["error:Someone else saved first."]);
  });
});
