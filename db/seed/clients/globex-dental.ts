import { presetPermissions } from "@/lib/authz/catalogue";
import type { DemoClient } from "../demo-types";

const OFFICE = "+15035550100";

export const GLOBEX_DENTAL: DemoClient = {
  name: "Globex Dental",
  industry: "dental",
  permissions: presetPermissions("self_service"),
  ratePerMinuteCents: 11,
  callCount: 260,
  areaCodes: ["503", "971"],
  people: ["Dr. Hofstadter", "Dr. Reyes"],
  paymentTermsDays: 30,
  users: [{ email: "admin@globexdental.test", name: "Tom Alvarez", role: "admin" }],
  agents: [
    {
      name: "Reception",
      persona: "Mia",
      role: "inbound",
      status: "live",
      numberLabels: ["Main line"],
      settings: {
        prompt:
          "You are Mia, the receptionist for Globex Dental. Book cleanings, exams and new patient visits, offer same-day emergency slots for pain or broken teeth, and answer insurance and self-pay questions. Never diagnose. Take messages for billing questions and transfer callers who ask for a person.",
        greeting: "Good day, Globex Dental, this is Mia speaking. How can I help?",
        voice: "nova",
        language: "en-US",
        businessHours: "Mon–Fri 08:00–18:00",
        transferNumber: OFFICE,
        maxCallMinutes: 15,
      },
    },
    {
      name: "Hygiene Recall",
      persona: "Theo",
      role: "outbound",
      status: "live",
      numberLabels: ["Outbound caller ID"],
      settings: {
        prompt:
          "You are Theo, calling Globex Dental patients who are due for a cleaning or who have an appointment in the next two days. Offer concrete times, book or confirm, and leave a short voicemail when nobody answers.",
        greeting: "Hello, this is Theo calling from Globex Dental.",
        voice: "alloy",
        language: "en-US",
        businessHours: "Mon–Fri 10:00–18:00",
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
      config: { portalId: "90155021", pipeline: "Patients" },
      lastEventHoursAgo: 6,
    },
    {
      kind: "calendar",
      provider: "google_calendar",
      name: "Google Calendar",
      status: "connected",
      config: { calendar: "Globex Dental — Hygiene", timezone: "UTC" },
      lastEventHoursAgo: 2,
    },
  ],
};
