/**
 * Provider-shaped webhook bodies for tests, the simulator and the bench, built from the
 * providers' published types (retell-sdk CallResponse; @vapi-ai/server-sdk
 * ServerMessageEndOfCallReport and Call) with the fields a real delivery carries.
 */
export type DemoCall = {
  callId: string;
  agentExternalId: string;
  callerNumber: string;
  startedAt: Date;
  durationSeconds: number;
  recordingUrl?: string;
};

export function retellEventBody(event: "call_started" | "call_ended" | "call_analyzed", c: DemoCall) {
  const start = c.startedAt.getTime();
  return {
    event,
    call: {
      call_type: "phone_call",
      call_id: c.callId,
      agent_id: c.agentExternalId,
      agent_version: 3,
      call_status: event === "call_started" ? "ongoing" : "ended",
      direction: "inbound",
      from_number: c.callerNumber,
      to_number: "+15550100100",
      start_timestamp: start,
      ...(event === "call_started"
        ? {}
        : {
            end_timestamp: start + c.durationSeconds * 1000,
            duration_ms: c.durationSeconds * 1000,
            disconnection_reason: "user_hangup",
            transcript: "Agent: Thanks for calling, how can I help?\nUser: I'd like to book a cleaning next Tuesday.",
            transcript_object: [
              {
                role: "agent",
                content: "Thanks for calling, how can I help?",
                words: [{ word: "Thanks", start: 0.4, end: 0.7 }],
              },
              {
                role: "user",
                content: "I'd like to book a cleaning next Tuesday.",
                words: [{ word: "I'd", start: 3.2, end: 3.4 }],
              },
            ],
            recording_url: c.recordingUrl ?? null,
            public_log_url: "https://example.invalid/log.txt",
            call_cost: {
              product_costs: [{ product: "retell_platform", unit_price: 0.117, cost: 8.19 }],
              total_duration_seconds: c.durationSeconds,
              total_duration_unit_price: 0.117,
              combined_cost: 8.19,
            },
          }),
      ...(event === "call_analyzed"
        ? {
            call_analysis: {
              call_summary: "The caller booked a cleaning for next Tuesday.",
              user_sentiment: "Positive",
              call_successful: true,
              in_voicemail: false,
              custom_analysis_data: { appointment_booked: true },
            },
          }
        : {}),
    },
  };
}

export function vapiEndOfCallReportBody(c: DemoCall) {
  const startedAt = c.startedAt.toISOString();
  const endedAt = new Date(c.startedAt.getTime() + c.durationSeconds * 1000).toISOString();
  return {
    message: {
      type: "end-of-call-report",
      timestamp: Date.parse(endedAt) + 2000,
      endedReason: "customer-ended-call",
      cost: 0.1234,
      startedAt,
      endedAt,
      analysis: {
        summary: "The caller asked about opening hours and left a message for the office.",
        structuredData: { sentiment: "neutral" },
        successEvaluation: "true",
      },
      artifact: {
        messages: [
          { role: "system", message: "You are the front desk.", time: 0, secondsFromStart: 0 },
          { role: "bot", message: "Hello, you've reached the office.", time: 1, endTime: 2, secondsFromStart: 0.6 },
          { role: "user", message: "Hi, when are you open on Saturday?", time: 3, endTime: 5, secondsFromStart: 4.1 },
        ],
        transcript: "AI: Hello, you've reached the office.\nUser: Hi, when are you open on Saturday?",
        recordingUrl: c.recordingUrl,
      },
      call: {
        id: c.callId,
        orgId: "org_demo",
        type: "inboundPhoneCall",
        assistantId: c.agentExternalId,
        phoneNumberId: "pn_demo",
        customer: { number: c.callerNumber },
        status: "ended",
        createdAt: startedAt,
      },
    },
  };
}
