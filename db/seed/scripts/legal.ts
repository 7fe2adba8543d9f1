import { HAPPY, NEUTRAL, SPAM, UPSET, agent, caller, type CallScript } from "./types";

const ACCIDENTS = [
  "a rear-end collision on the interstate",
  "a slip and fall at a grocery store",
  "a cyclist hit by a turning car",
] as const;
const ESTATE_NEEDS = [
  "a will and a living trust",
  "updating our wills after our second child",
  "power of attorney for my father",
] as const;

// Scripts for a law firm (Summit Legal): intake, consultation scheduling, existing matters.
// The agent never gives legal advice, which is what a firm expects of its receptionist.
export const LEGAL_SCRIPTS: CallScript[] = [
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "booked",
    weight: 4,
    sentiment: NEUTRAL,
    write: (s) => {
      const accident = s.pick(ACCIDENTS);
      return {
        lines: [
          agent(s.greeting),
          caller(
            `Hi, I was injured in ${accident} two weeks ago and the insurance company keeps calling me. I think I need a lawyer.`,
          ),
          agent(
            `I'm sorry that happened. I can set up a free consultation with one of our attorneys. May I have your full name and a callback number?`,
          ),
          caller(`${s.caller}, and my cell is ${s.callback}.`),
          agent("Thank you. Have you given a recorded statement or signed anything from the insurance company?"),
          caller("They asked for a recorded statement but I haven't done it yet."),
          agent(
            `Understood. The attorney will go over that with you. I can book you with ${s.staff} on ${s.day} at ${s.time}, by phone or in person.`,
          ),
          caller("In person, please."),
          agent(
            `You're booked in person with ${s.staff} on ${s.day} at ${s.time}. Please bring the police report, photos and any medical bills. You'll get an email confirmation with our address.`,
          ),
          caller("Thank you, that's a relief."),
        ],
        summary: `Personal injury intake: ${s.caller}, ${accident}, two weeks ago. No recorded statement given yet. In-person consultation booked with ${s.staff} on ${s.day} at ${s.time}.`,
      };
    },
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "booked",
    weight: 3,
    sentiment: HAPPY,
    write: (s) => {
      const need = s.pick(ESTATE_NEEDS);
      return {
        lines: [
          agent(s.greeting),
          caller(`Hello, my name is ${s.caller}. We're looking for help with ${need}.`),
          agent(
            `We can certainly help with that. Our estate planning consultations are a flat $250, credited toward your plan if you go ahead. Would you like to schedule one?`,
          ),
          caller("Yes. Can my spouse join by video?"),
          agent(`Absolutely, we can send a video link. ${s.staff} has ${s.day} at ${s.time} available.`),
          caller("That works for both of us."),
          agent(
            `Great, you're booked with ${s.staff} on ${s.day} at ${s.time}. I'll email a short questionnaire to fill out beforehand. Anything else today?`,
          ),
          caller("No, that's all. Thanks!"),
        ],
        summary: `Estate planning inquiry from ${s.caller} about ${need}. $250 consultation booked with ${s.staff} on ${s.day} at ${s.time}; spouse joining by video.`,
      };
    },
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "message_taken",
    weight: 3,
    sentiment: NEUTRAL,
    write: (s) => ({
      lines: [
        agent(s.greeting),
        caller(
          `Hi, this is ${s.caller}. I'm a client of ${s.staff} and I wanted an update on my case. I haven't heard anything in two weeks.`,
        ),
        agent(
          `Thank you, ${s.first}. ${s.staff} is in court today. I'll make sure the message gets to them and their paralegal right away. What's the best number?`,
        ),
        caller(`${s.callback}. I'm free after 3.`),
        agent(
          `Got it: a case status update, callback at ${s.callback} after 3 PM. You should hear back by end of day tomorrow.`,
        ),
        caller("Okay, thank you."),
      ],
      summary: `Existing client ${s.caller} requested a case status update from ${s.staff} (no contact in two weeks). Callback after 3 PM at ${s.callback}.`,
    }),
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "transferred",
    weight: 1,
    sentiment: UPSET,
    write: (s) => ({
      lines: [
        agent(s.greeting),
        caller("My ex is refusing to return my kids after the weekend and I don't know what to do."),
        agent(`I'm so sorry, ${s.first}. Is anyone in immediate danger? If so, please call 911.`),
        caller("No, nobody is in danger, but I have a custody order and they're ignoring it."),
        agent(
          "I understand. This is urgent, so I'm going to connect you with our family law attorney on call right now.",
        ),
        caller("Thank you, please hurry."),
        agent("Transferring you now. If the call drops, we'll call you right back at this number."),
        caller("Okay."),
      ],
      summary: `Urgent family law matter: ${s.caller}'s ex is not returning the children despite a custody order. No immediate danger. Transferred to the on-call family law attorney.`,
    }),
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "hung_up",
    weight: 1,
    sentiment: UPSET,
    write: (s) => ({
      lines: [
        agent(s.greeting),
        caller("I just have a quick question. Can my landlord keep my whole deposit for a stained carpet?"),
        agent(
          "I'm not able to give legal advice, but I can schedule a consultation with an attorney who can review your lease.",
        ),
        caller("I don't want to pay for a consultation, I just want a yes or no."),
        agent(
          `I understand. ${s.business} focuses on injury, family and estate law; your local tenant's rights office may also help for free.`,
        ),
        caller("Forget it."),
      ],
      summary:
        "Caller wanted free advice on a landlord deposit dispute (outside our practice areas), declined a consultation and hung up. Referred to a tenant's rights office.",
    }),
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "spam",
    weight: 1,
    sentiment: SPAM,
    write: (s) => ({
      lines: [
        agent(s.greeting),
        caller(
          `Hi, this is ${s.spammer}. We generate pre-qualified injury leads for law firms, who handles your marketing?`,
        ),
        agent("Is this regarding a legal matter you need help with?"),
        caller("No, it's a partnership opportunity, just ten minutes of the managing partner's time."),
        agent(`${s.business} isn't interested, thank you. Please take us off your list.`),
        caller("Alright, thanks."),
      ],
      summary: "Cold call selling legal marketing leads. Declined and asked to be removed from the list.",
    }),
  },
  {
    kind: "conversation",
    direction: "outbound",
    outcome: "booked",
    weight: 2,
    sentiment: HAPPY,
    write: (s) => ({
      lines: [
        agent(`Hello, may I speak with ${s.first}? This is ${s.assistant}, the virtual assistant at ${s.business}.`),
        caller("Speaking."),
        agent(
          `I'm calling to confirm your consultation with ${s.staff} on ${s.day} at ${s.time}. Will you still be able to attend?`,
        ),
        caller("Yes, I'll be there."),
        agent(
          "Great. Please bring any letters or documents related to your matter. Parking is validated in the garage on Fifth Street.",
        ),
        caller("Good to know, thanks."),
      ],
      summary: `${s.caller} confirmed their consultation with ${s.staff} on ${s.day} at ${s.time}; reminded to bring documents.`,
    }),
  },
  {
    kind: "conversation",
    direction: "outbound",
    outcome: "message_taken",
    weight: 1,
    sentiment: NEUTRAL,
    write: (s) => ({
      lines: [
        agent(
          `Hi ${s.first}, this is ${s.assistant} from ${s.business}. ${s.staff} asked me to follow up on the documents for your file.`,
        ),
        caller("Right, the medical records. I requested them from the hospital."),
        agent("Thank you. Do you know roughly when they'll arrive?"),
        caller("They said seven to ten business days."),
        agent(
          "That's fine. Once you have them, you can upload them through the secure link we emailed, or drop them at our front desk.",
        ),
        caller("Can you send the link again? I can't find it."),
        agent(`Of course, I'll resend it now and let ${s.staff} know the records are on the way.`),
        caller("Perfect, thank you."),
      ],
      summary: `Document follow-up: ${s.caller} has requested hospital records (7–10 business days). Upload link resent; ${s.staff} informed.`,
    }),
  },
  {
    kind: "voicemail",
    direction: "inbound",
    outcome: "message_taken",
    weight: 1,
    sentiment: NEUTRAL,
    write: (s) => ({
      lines: [
        agent(
          `Thank you for calling ${s.business}. Our office is closed. Please leave your name, number and a brief description of your legal matter, and we'll return your call on the next business day.`,
        ),
        caller(
          `Hi, this is ${s.caller}, ${s.callback}. I was in a car accident last week and I'd like to talk to someone about my options.`,
        ),
      ],
      summary: `Voicemail from ${s.caller}: car accident last week, wants to discuss options. Potential injury intake; call back at ${s.callback}.`,
    }),
  },
  {
    kind: "voicemail",
    direction: "outbound",
    outcome: null,
    weight: 1,
    sentiment: NEUTRAL,
    write: (s) => ({
      lines: [
        caller("The person you are calling is not available. Please leave a message after the tone."),
        agent(
          `Hello, this message is for ${s.first}. This is ${s.assistant} from ${s.business}, calling about your consultation with ${s.staff}. Please call us back at your convenience.`,
        ),
      ],
      summary: `Consultation reminder reached ${s.caller}'s voicemail; message left asking for a call back.`,
    }),
  },
];
