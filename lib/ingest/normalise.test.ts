import { describe, expect, it } from "vitest";
import { eventIdentity } from "./event-identity";
import { mergeCall, type NormalisedCall } from "./normalised-call";
import { normaliseRetell, retellStatus } from "./normalise-retell";
import { normaliseVapi, vapiStatus } from "./normalise-vapi";
import { retellEventBody, vapiEndOfCallReportBody, type DemoCall } from "./testing/provider-payloads";

const demo: DemoCall = {
  callId: "call_8f1e",
  agentExternalId: "agent_front_desk",
  callerNumber: "+15551230001",
  startedAt: new Date("2026-11-20T15:00:00Z"),
  durationSeconds: 70,
  recordingUrl: "https://provider.example/rec.wav",
};
const callOf = (r: ReturnType<typeof normaliseRetell>): NormalisedCall => {
  if (r.kind !== "call") throw new Error(r.reason);
  return r.call;
};

describe("normaliseRetell", () => {
  it("reads call_analyzed: times, direction, caller, agent, status, outcome, analysis, transcript, cost in cents", () => {
    expect(callOf(normaliseRetell(retellEventBody("call_analyzed", demo)))).toEqual({
      providerCallId: "call_8f1e",
      agentExternalId: "agent_front_desk",
      rank: 3,
      direction: "inbound",
      callerNumber: "+15551230001",
      startedAt: demo.startedAt,
      durationSeconds: 70,
      status: "completed",
      outcome: "booked",
      summary: "The caller booked a cleaning for next Tuesday.",
      sentiment: "positive",
      transcript: [
        { speaker: "agent", text: "Thanks for calling, how can I help?", startSeconds: 0.4 },
        { speaker: "caller", text: "I'd like to book a cleaning next Tuesday.", startSeconds: 3.2 },
      ],
      providerCostCents: 8,
      recordingUrl: "https://provider.example/rec.wav",
    });
  });

  it("reads call_ended without analysis fields, and ignores call_started", () => {
    const ended = callOf(normaliseRetell(retellEventBody("call_ended", demo)));
    expect(ended.rank).toBe(2);
    expect(ended).not.toHaveProperty("summary");
    expect(ended).not.toHaveProperty("sentiment");
    expect(normaliseRetell(retellEventBody("call_started", demo)).kind).toBe("ignored");
  });

  it.each([
    ["dial_no_answer", "missed"],
    ["dial_busy", "missed"],
    ["voicemail_reached", "voicemail"],
    ["error_llm_websocket_open", "failed"],
    ["dial_failed", "failed"],
    ["user_hangup", "completed"],
    ["agent_hangup", "completed"],
    ["call_transfer", "completed"],
  ])("maps disconnection_reason %s to %s", (reason, status) => {
    expect(retellStatus(reason, "ended", false)).toBe(status);
  });

  it("refuses a call without its start time (malformed)", () => {
    const body = retellEventBody("call_ended", demo);
    delete (body.call as Record<string, unknown>).start_timestamp;
    expect(() => normaliseRetell(body)).toThrow();
  });
});

describe("normaliseVapi", () => {
  it("reads an end-of-call report: dollars become cents, bot/user turns with their seconds", () => {
    expect(callOf(normaliseVapi(vapiEndOfCallReportBody(demo)))).toEqual({
      providerCallId: "call_8f1e",
      agentExternalId: "agent_front_desk",
      rank: 3,
      direction: "inbound",
      callerNumber: "+15551230001",
      startedAt: demo.startedAt,
      durationSeconds: 70,
      status: "completed",
      outcome: null,
      summary: "The caller asked about opening hours and left a message for the office.",
      sentiment: "neutral",
      transcript: [
        { speaker: "agent", text: "Hello, you've reached the office.", startSeconds: 0.6 },
        { speaker: "caller", text: "Hi, when are you open on Saturday?", startSeconds: 4.1 },
      ],
      providerCostCents: 12,
      recordingUrl: "https://provider.example/rec.wav",
    });
  });

  it("ignores other server messages", () => {
    expect(normaliseVapi({ message: { type: "status-update", status: "in-progress", call: { id: "x" } } }).kind).toBe(
      "ignored",
    );
  });

  it.each([
    ["customer-did-not-answer", "missed"],
    ["customer-busy", "missed"],
    ["voicemail", "voicemail"],
    ["pipeline-error-openai-llm-failed", "failed"],
    ["call.start.error-get-assistant", "failed"],
    ["customer-ended-call", "completed"],
    ["assistant-forwarded-call", "completed"],
    ["exceeded-max-duration", "completed"],
  ])("maps endedReason %s to %s", (reason, status) => {
    expect(vapiStatus(reason)).toBe(status);
  });
});

describe("mergeCall", () => {
  const ended = callOf(normaliseRetell(retellEventBody("call_ended", demo)));
  const analyzed = callOf(normaliseRetell(retellEventBody("call_analyzed", demo)));

  it("gives the same call whichever of call_ended and call_analyzed comes first", () => {
    const inOrder = mergeCall(mergeCall(null, ended), analyzed);
    const reversed = mergeCall(mergeCall(null, analyzed), ended);
    expect(reversed).toEqual(inOrder);
    expect(inOrder.summary).toBe("The caller booked a cleaning for next Tuesday.");
    expect(inOrder.sentiment).toBe("positive");
    expect(inOrder.rank).toBe(3);
  });

  it("lets a late earlier-stage event fill only what is empty", () => {
    const stored = mergeCall(null, { ...analyzed, durationSeconds: 71, transcript: [] });
    const merged = mergeCall(stored, ended);
    expect(merged.durationSeconds).toBe(71);
    expect(merged.transcript).toEqual(ended.transcript);
  });
});

describe("eventIdentity", () => {
  it("reads the call id and event of each provider, and keys an unreadable body by its hash", () => {
    expect(eventIdentity("retell", JSON.stringify(retellEventBody("call_ended", demo)))).toEqual({
      providerCallId: "call_8f1e",
      eventType: "call_ended",
    });
    expect(eventIdentity("vapi", JSON.stringify(vapiEndOfCallReportBody(demo)))).toEqual({
      providerCallId: "call_8f1e",
      eventType: "end-of-call-report",
    });
    const broken = eventIdentity("vapi", "{not json");
    expect(broken.eventType).toBe("unreadable");
    expect(broken.malformed).toMatch(/not JSON/);
    expect(eventIdentity("vapi", "{not json")).toEqual(broken);
  });
});
