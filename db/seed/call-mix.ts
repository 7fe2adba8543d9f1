import type { CallDirection, CallStatus, ReviewStatus } from "@/db/schema";

type Weights<T> = readonly (readonly [T, number])[];

/**
 * How calls end. Inbound voicemail only happens when the office is closed (the scripts' greetings
 * say so); outbound calls often reach a voicemail box.
 */
export function statusWeights(direction: CallDirection, officeOpen: boolean): Weights<CallStatus> {
  if (direction === "outbound")
    return [
      ["completed", 62],
      ["voicemail", 28],
      ["missed", 7],
      ["failed", 3],
    ];
  if (officeOpen)
    return [
      ["completed", 88],
      ["missed", 7],
      ["failed", 5],
    ];
  return [
    ["completed", 70],
    ["voicemail", 18],
    ["missed", 8],
    ["failed", 4],
  ];
}

/** Recent calls are mostly unreviewed; older ones have been worked through, as a real team would. */
export function reviewWeights(ageDays: number): Weights<ReviewStatus> {
  if (ageDays <= 7)
    return [
      ["new", 70],
      ["reviewed", 15],
      ["follow_up", 10],
      ["done", 5],
    ];
  return [
    ["new", 12],
    ["reviewed", 38],
    ["follow_up", 10],
    ["done", 40],
  ];
}

export const UNANSWERED_SUMMARY: Record<"missed" | "failed", Record<CallDirection, string>> = {
  missed: {
    inbound: "Missed call: every line was busy and the caller hung up before leaving a message.",
    outbound: "No answer, and no voicemail box to leave a message in.",
  },
  failed: {
    inbound: "The call dropped while connecting (carrier error).",
    outbound: "The call could not be connected: the number was unreachable.",
  },
};
