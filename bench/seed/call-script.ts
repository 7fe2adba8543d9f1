import type { CallOutcome, Sentiment, TranscriptTurn } from "@/db/schema";
import type { Random } from "@/db/seed/random";
import { poolTurnStarts, type PoolEntry } from "@/lib/recordings/recording-pool";

// Generic lines for the scale data: the text only has to be plausible and of realistic length;
// the demo seed (db/seed/scripts) carries the industry-specific conversations.
type Vars = { biz: string; agent: string; name: string };
type Line = (v: Vars) => string;

const AGENT_LINES: Record<CallOutcome, Line[]> = {
  booked: [
    (v) => `Thanks for calling ${v.biz}, this is ${v.agent}. How can I help you today?`,
    () => "Of course. May I have your name, please?",
    (v) => `Thank you, ${v.name}. I have an opening on Thursday at 10:30 or Friday at 2:15. Which suits you better?`,
    () => "You're booked for Thursday at 10:30. You'll get a text confirmation in a minute.",
    () => "Is there anything else I can help with?",
    (v) => `Have a great day, ${v.name}!`,
  ],
  message_taken: [
    (v) => `Thanks for calling ${v.biz}, this is ${v.agent}. How can I help you today?`,
    () => "I'm sorry, nobody is available right now. Can I take a message?",
    () => "Got it. What's the best number to reach you on?",
    (v) => `Thank you, ${v.name}. I've passed your message on; someone will call you back today.`,
    () => "Anything else?",
    () => "Goodbye!",
  ],
  transferred: [
    (v) => `Thanks for calling ${v.biz}, this is ${v.agent}. How can I help you today?`,
    () => "I understand. Let me check who can help with that.",
    () => "That's something our team handles directly. May I have your name first?",
    (v) => `Thanks, ${v.name}. I'm transferring you now — please hold.`,
    () => "Connecting you.",
    () => "Transferring.",
  ],
  spam: [
    (v) => `Thanks for calling ${v.biz}, this is ${v.agent}. How can I help you today?`,
    () => "We're not interested, thank you.",
    () => "Please remove this number from your list.",
    () => "Goodbye.",
    () => "Goodbye.",
    () => "Goodbye.",
  ],
  hung_up: [
    (v) => `Thanks for calling ${v.biz}, this is ${v.agent}. How can I help you today?`,
    () => "Are you still there?",
    () => "I can help with appointments, prices and opening hours.",
    () => "It seems we got disconnected.",
    () => "Goodbye.",
    () => "Goodbye.",
  ],
};
const CALLER_LINES: Record<CallOutcome, Line[]> = {
  booked: [
    () => "Hi, I'd like to book an appointment, please.",
    (v) => `It's ${v.name}.`,
    () => "Thursday morning works.",
    () => "Perfect, thank you.",
    () => "No, that's everything.",
    () => "Bye!",
  ],
  message_taken: [
    () => "Hi, I was hoping to speak to someone about my invoice.",
    (v) => `Yes, please. It's ${v.name}.`,
    () => "This number is fine.",
    () => "Thanks a lot.",
    () => "No, thanks.",
    () => "Bye.",
  ],
  transferred: [
    () => "Hi, I have a question about a claim I filed last week.",
    () => "Sure.",
    (v) => `It's ${v.name}.`,
    () => "Thank you.",
    () => "Okay.",
    () => "Thanks.",
  ],
  spam: [
    () => "Hello, we're calling about your vehicle's extended warranty.",
    () => "This is a limited-time offer for business owners.",
    () => "Can I speak to the owner?",
    () => "Okay.",
    () => "Bye.",
    () => "Bye.",
  ],
  hung_up: [() => "Hello?", () => "Um…", () => "Sorry, wrong number I think.", () => "…", () => "…", () => "…"],
};
const SUMMARY: Record<CallOutcome, Line> = {
  booked: (v) => `${v.name} booked an appointment for Thursday at 10:30; a confirmation text was sent.`,
  message_taken: (v) => `${v.name} asked about an invoice and left a message; a call back was promised for today.`,
  transferred: (v) => `${v.name} asked about a recent claim and was transferred to the team.`,
  spam: () => "Unsolicited sales call (extended warranty offer); the number was asked to be removed.",
  hung_up: () => "The caller hung up before saying what they needed.",
};

export type CallStory = { outcome: CallOutcome; sentiment: Sentiment; summary: string; transcript: TranscriptTurn[] };

const OUTCOMES = [
  ["booked", 36],
  ["message_taken", 24],
  ["transferred", 15],
  ["hung_up", 15],
  ["spam", 10],
] as const;
const MOOD_AFTER_BOOKING = [
  ["positive", 70],
  ["neutral", 25],
  ["negative", 5],
] as const;
const MOOD_AFTER_NOTHING = [
  ["neutral", 60],
  ["negative", 40],
] as const;
const MOOD_OTHERWISE = [
  ["positive", 30],
  ["neutral", 50],
  ["negative", 20],
] as const;

/** A conversation whose turns line up with a pooled recording, so the detail page's player and transcript agree. */
export function conversation(random: Random, entry: PoolEntry, vars: Vars): CallStory {
  const outcome = random.weighted(OUTCOMES);
  const sentiment = random.weighted(
    outcome === "booked"
      ? MOOD_AFTER_BOOKING
      : outcome === "spam" || outcome === "hung_up"
        ? MOOD_AFTER_NOTHING
        : MOOD_OTHERWISE,
  );
  let agentTurn = 0;
  let callerTurn = 0;
  const transcript = poolTurnStarts(entry).map((turn) => {
    const lines = turn.speaker === "agent" ? AGENT_LINES[outcome] : CALLER_LINES[outcome];
    const index = turn.speaker === "agent" ? agentTurn++ : callerTurn++;
    return { ...turn, text: lines[Math.min(index, lines.length - 1)](vars) };
  });
  return { outcome, sentiment, summary: SUMMARY[outcome](vars), transcript };
}

/** A voicemail: the greeting and the message (inbound), or the callee's box and the agent's message (outbound). */
export function voicemail(entry: PoolEntry, inbound: boolean, v: Vars): CallStory {
  const [first, second] = poolTurnStarts(entry);
  const transcript = inbound
    ? [
        { ...first, text: `You've reached ${v.biz}. We're closed right now — please leave a message after the tone.` },
        { ...second, text: `Hi, this is ${v.name}. Could someone call me back tomorrow morning? Thanks.` },
      ]
    : [
        { ...first, text: "The person you are calling is not available. Please leave a message." },
        {
          ...second,
          text: `Hi ${v.name}, this is ${v.agent} from ${v.biz}, reminding you of your appointment tomorrow at 9. Call us back to reschedule.`,
        },
      ];
  return {
    outcome: "message_taken",
    sentiment: "neutral",
    transcript,
    summary: inbound
      ? `${v.name} left a voicemail asking for a call back tomorrow morning.`
      : `Reminder left on ${v.name}'s voicemail.`,
  };
}
