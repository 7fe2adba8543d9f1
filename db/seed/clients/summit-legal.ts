import { presetPermissions } from "@/lib/authz/catalogue";
import type { DemoClient } from "../demo-types";

const OFFICE = "+13035550100";

export const SUMMIT_LEGAL: DemoClient = {
  name: "Summit Legal",
  industry: "legal",
  permissions: presetPermissions("self_service"),
  ratePerMinuteCents: 15,
  callCount: 300,
  areaCodes: ["303", "720"],
  people: ["Ms. Whitfield", "Mr. Abernathy", "Ms. Oduya"],
  paymentTermsDays: 30,
  users: [{ email: "admin@summitlegal.test", name: "Rachel Goldberg", role: "admin" }],
  agents: [
    {
      name: "Client Intake",
      persona: "Claire",
      role: "inbound",
      status: "live",
      numberLabels: ["Main line", "Injury hotline"],
      settings: {
        prompt:
          "You are Claire, the virtual receptionist of Summit Legal, a firm practising personal injury, family and estate law. Gather intake details (name, number, what happened, when, other parties and insurers involved) and book a consultation with the right attorney. Injury consultations are free; estate planning consultations are a flat $250. Never give legal advice or predict an outcome. Transfer urgent family matters (custody, protective orders) to the on-call attorney; direct anyone in danger to 911.",
        greeting: "Summit Legal, this is Claire, the firm's virtual receptionist. How may I help you?",
        voice: "sage",
        language: "en-US",
        businessHours: "Mon–Fri 08:00–18:00",
        transferNumber: OFFICE,
        maxCallMinutes: 20,
      },
    },
    {
      name: "After-Hours Intake",
      persona: "Claire",
      role: "after_hours",
      status: "live",
      numberLabels: ["After-hours forward"],
      settings: {
        prompt:
          "You are Claire, answering for Summit Legal outside office hours. Take complete intake messages and book consultations in open calendar slots. For urgent family matters, transfer to the on-call attorney. Never give legal advice.",
        greeting:
          "Thank you for calling Summit Legal. Our office is closed, but this is Claire and I can take your details or book a consultation.",
        voice: "sage",
        language: "en-US",
        businessHours: "Evenings and weekends (outside Mon–Fri 08:00–18:00)",
        transferNumber: OFFICE,
        maxCallMinutes: 15,
      },
    },
    {
      name: "Consultation Follow-up",
      persona: "Owen",
      role: "outbound",
      status: "live",
      numberLabels: ["Outbound caller ID"],
      settings: {
        prompt:
          "You are Owen, calling Summit Legal clients and prospects to confirm consultations, remind them which documents to bring, and chase documents an attorney is waiting for. Keep calls short, never discuss case strategy, and leave a brief voicemail that mentions no case details.",
        greeting: "Hello, this is Owen, the virtual assistant at Summit Legal.",
        voice: "alloy",
        language: "en-US",
        businessHours: "Mon–Fri 09:00–17:00",
        transferNumber: OFFICE,
        maxCallMinutes: 8,
      },
    },
    {
      name: "Spanish Intake",
      persona: "Lucía",
      role: "inbound",
      status: "draft",
      numberLabels: ["Línea en español"],
      settings: {
        prompt:
          "Eres Lucía, la recepcionista virtual de Summit Legal para personas que prefieren hablar en español. Recoge los datos de la consulta y agenda una cita con un abogado. Nunca des asesoría legal.",
        greeting: "Summit Legal, le atiende Lucía. ¿En qué le puedo ayudar?",
        voice: "nova",
        language: "es-US",
        businessHours: "Mon–Fri 08:00–18:00",
        transferNumber: OFFICE,
        maxCallMinutes: 20,
      },
    },
  ],
  integrations: [
    {
      kind: "crm",
      provider: "clio",
      name: "Clio Grow",
      status: "connected",
      config: { workspace: "summit-legal", leadSource: "Phone intake" },
      lastEventHoursAgo: 5,
    },
    {
      kind: "calendar",
      provider: "google_calendar",
      name: "Google Calendar",
      status: "error",
      config: { calendar: "Attorney consultations", timezone: "UTC" },
      lastError: "Google rejected the saved authorization (token expired). Reconnect the calendar.",
      lastEventHoursAgo: 76,
    },
    {
      kind: "webhook",
      provider: "webhook",
      name: "Intake to Zapier",
      status: "connected",
      config: { url: "https://hooks.zapier.test/hooks/catch/8812/summit", events: "call.completed" },
      lastEventHoursAgo: 5,
    },
  ],
};
