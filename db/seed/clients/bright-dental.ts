import { presetPermissions } from "@/lib/authz/catalogue";
import type { DemoClient } from "../demo-types";

const OFFICE = "+16175550100";

export const BRIGHT_DENTAL: DemoClient = {
  name: "Bright Dental",
  industry: "dental",
  permissions: presetPermissions("view_only"),
  ratePerMinuteCents: 12,
  callCount: 420,
  areaCodes: ["617", "781", "857"],
  people: ["Dr. Patel", "Dr. Morrison", "Dr. Wu"],
  paymentTermsDays: 30,
  users: [
    { email: "admin@brightdental.test", name: "Laura Chen", role: "admin" },
    { email: "supervisor@brightdental.test", name: "Sam Ortiz", role: "supervisor" },
    { email: "analyst@brightdental.test", name: "Nina Kapoor", role: "analyst" },
    { email: "agent@brightdental.test", name: "Jake Morales", role: "agent", agentNames: ["Front Desk"] },
  ],
  agents: [
    {
      name: "Front Desk",
      persona: "Ava",
      role: "inbound",
      status: "live",
      numberLabels: ["Main line", "Google Business Profile"],
      settings: {
        prompt:
          "You are Ava, the front desk receptionist for Bright Dental, a family dental practice. Book, move and confirm cleanings, check-ups and new patient exams in the practice calendar. For pain, swelling or a broken tooth, offer the same-day emergency slot; for facial swelling with fever, tell the caller to go to the emergency room. Answer questions on insurance (in network with Delta Dental, Cigna, MetLife, Aetna, Guardian and United Concordia) and self-pay prices. Never give a diagnosis. Take a message for billing disputes, and transfer to the office if the caller asks for a person.",
        greeting: "Thank you for calling Bright Dental, this is Ava. How can I help you today?",
        voice: "nova",
        language: "en-US",
        businessHours: "Mon–Fri 08:00–18:00",
        transferNumber: OFFICE,
        maxCallMinutes: 15,
      },
    },
    {
      name: "After Hours",
      persona: "Max",
      role: "after_hours",
      status: "live",
      numberLabels: ["After-hours forward"],
      settings: {
        prompt:
          "You are Max, Bright Dental's after-hours assistant. The office is closed. Triage emergencies: for severe pain, a knocked-out tooth or bleeding that won't stop, book the first emergency slot tomorrow and give first-aid advice; for facial swelling with fever, direct the caller to the emergency room. For everything else, take a clear message with name, number and reason, or book a routine visit.",
        greeting:
          "You've reached Bright Dental after hours, this is Max. If this is a dental emergency I can help right away. How can I help?",
        voice: "echo",
        language: "en-US",
        businessHours: "Evenings and weekends (outside Mon–Fri 08:00–18:00)",
        transferNumber: OFFICE,
        maxCallMinutes: 10,
      },
    },
    {
      name: "Recall Reminders",
      persona: "Ruby",
      role: "outbound",
      status: "live",
      numberLabels: ["Outbound caller ID"],
      settings: {
        prompt:
          "You are Ruby, calling Bright Dental patients who are overdue for their six-month cleaning or who have an appointment in the next two days. Be brief and friendly. Offer two concrete times, book or confirm, and offer a text with a booking link if the patient is busy. Leave a short voicemail when nobody answers. Stop calling anyone who asks not to be called.",
        greeting: "Hi, this is Ruby, the virtual assistant calling from Bright Dental.",
        voice: "shimmer",
        language: "en-US",
        businessHours: "Mon–Sat 10:00–18:00",
        transferNumber: OFFICE,
        maxCallMinutes: 5,
      },
    },
  ],
  integrations: [
    {
      kind: "crm",
      provider: "hubspot",
      name: "HubSpot CRM",
      status: "connected",
      config: { portalId: "48213377", pipeline: "New patients", syncCalls: "true" },
      lastEventHoursAgo: 2,
    },
    {
      kind: "calendar",
      provider: "google_calendar",
      name: "Google Calendar",
      status: "connected",
      config: { calendar: "Bright Dental — Chairs 1–3", timezone: "UTC" },
      lastEventHoursAgo: 1,
    },
    {
      kind: "webhook",
      provider: "webhook",
      name: "Practice management sync",
      status: "connected",
      config: { url: "https://hooks.brightdental.test/voice-agent", events: "call.completed" },
      lastEventHoursAgo: 3,
    },
  ],
};
