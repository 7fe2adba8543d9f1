import { HAPPY, NEUTRAL, SPAM, UPSET, agent, caller, type CallScript } from "./types";

const INSURERS = ["Delta Dental", "Cigna", "MetLife", "Aetna", "Guardian", "United Concordia"] as const;
const TREATMENTS = ["cleaning and check-up", "six-month cleaning", "check-up and X-rays"] as const;
const PAINS = ["a cracked molar", "a lost filling", "a throbbing toothache", "a chipped front tooth"] as const;

// Scripts for a dental practice (Bright Dental, Globex Dental). Every conversation alternates,
// agent first, in 6, 8 or 10 turns, so it fits a recording in the pool.
export const DENTAL_SCRIPTS: CallScript[] = [
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "booked",
    weight: 6,
    sentiment: HAPPY,
    write: (s) => {
      const visit = s.pick(TREATMENTS);
      return {
        lines: [
          agent(s.greeting),
          caller(`Hi, this is ${s.caller}. I'm due for my ${visit} and wanted to get something on the calendar.`),
          agent(`Happy to help, ${s.first}. I have ${s.day} at ${s.time} with ${s.staff}. Would that work?`),
          caller("Do you have anything a little earlier that week?"),
          agent(`The earliest I can offer is that ${s.day} slot, or the following Monday at 8:00 AM.`),
          caller(`${s.day} at ${s.time} is fine.`),
          agent(
            `You're booked for ${s.day} at ${s.time} with ${s.staff}. I'll text a confirmation to ${s.callback}. Anything else?`,
          ),
          caller("No, that's everything. Thank you!"),
        ],
        summary: `${s.caller} booked a ${visit} with ${s.staff} for ${s.day} at ${s.time}; confirmation sent by text.`,
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
      const insurer = s.pick(INSURERS);
      return {
        lines: [
          agent(s.greeting),
          caller(`Hi, I just moved to the area and I'm looking for a new dentist. Are you taking new patients?`),
          agent(`We are, welcome! May I have your full name and the best number to reach you?`),
          caller(`It's ${s.caller}, and my number is ${s.callback}.`),
          agent(`Thank you, ${s.first}. Do you have dental insurance you'd like us to bill?`),
          caller(`Yes, I have ${insurer} through my employer. Are you in network?`),
          agent(
            `We're in network with ${insurer}. New patient visits include a cleaning, an exam and X-rays, about ninety minutes. I have ${s.day} at ${s.time} with ${s.staff}.`,
          ),
          caller("That works. Should I bring anything?"),
          agent(
            `Please bring your insurance card and a photo ID, and arrive fifteen minutes early for paperwork. I've emailed you our new patient forms.`,
          ),
          caller("Perfect, see you then."),
        ],
        summary: `New patient ${s.caller} (${insurer}, in network) booked a new patient exam with ${s.staff} on ${s.day} at ${s.time}. Forms sent.`,
      };
    },
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "booked",
    weight: 2,
    sentiment: NEUTRAL,
    write: (s) => {
      const pain = s.pick(PAINS);
      return {
        lines: [
          agent(s.greeting),
          caller(`Hi, I have ${pain} and it's really hurting. Can someone see me today?`),
          agent(`I'm sorry you're in pain, ${s.first}. Is there any swelling in your face, or a fever?`),
          caller("No swelling, it just hurts when I chew and with anything cold."),
          agent(`We keep emergency slots open. ${s.staff} can see you today at ${s.time}. Can you make it?`),
          caller("Yes, I'll be there. Thank you so much."),
          agent(
            `You're booked. Until then, rinse with warm salt water and avoid chewing on that side. If swelling starts, call us right back.`,
          ),
          caller("Will do, thanks."),
        ],
        summary: `Emergency: ${s.caller} reported ${pain}. No swelling or fever. Same-day emergency visit booked with ${s.staff} at ${s.time}.`,
      };
    },
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "message_taken",
    weight: 2,
    sentiment: NEUTRAL,
    write: (s) => {
      const insurer = s.pick(INSURERS);
      return {
        lines: [
          agent(s.greeting),
          caller(`I got a statement saying ${insurer} didn't cover my crown, and I don't understand why.`),
          agent(
            `I'm sorry for the confusion, ${s.first}. Our billing coordinator handles insurance claims. May I take a message so she can review your claim and call you back?`,
          ),
          caller(`Sure. It's ${s.caller}, and I'm at ${s.callback}. Mornings are best.`),
          agent(
            `Got it. I've noted the ${insurer} claim for your crown, and you'll hear back within one business day, in the morning.`,
          ),
          caller("Okay, thanks."),
        ],
        summary: `${s.caller} disputes a ${insurer} denial for a crown. Message left for the billing coordinator; callback requested in the morning at ${s.callback}.`,
      };
    },
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "booked",
    weight: 2,
    sentiment: HAPPY,
    write: (s) => ({
      lines: [
        agent(s.greeting),
        caller(`Hi, it's ${s.caller}. I need to move my appointment, something came up at work.`),
        agent(
          `No problem, ${s.first}. I see your visit with ${s.staff}. Would ${s.day} at ${s.time} suit you instead?`,
        ),
        caller("Yes, that's much better."),
        agent(
          `Done. You're now booked for ${s.day} at ${s.time}, and the old slot is released. You'll get a text reminder the day before.`,
        ),
        caller("Great, thank you."),
      ],
      summary: `${s.caller} rescheduled their appointment with ${s.staff} to ${s.day} at ${s.time}.`,
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
        caller("I was charged twice for the same visit and this is the second time I'm calling about it."),
        agent(
          `I'm sorry about that, ${s.first}. Let me get the details right. Was this for your last visit with ${s.staff}?`,
        ),
        caller("Yes. Two identical charges on my card. I want to talk to a person."),
        agent(
          "I understand. I'll transfer you to our office manager, who can see the payment records and issue a refund if it's a duplicate.",
        ),
        caller("Fine."),
        agent("Connecting you now. Thanks for your patience."),
        caller("Okay."),
      ],
      summary: `${s.caller} reported a duplicate card charge for a visit with ${s.staff}; second call about it. Frustrated; transferred to the office manager.`,
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
        caller(`Hi, this is ${s.spammer}. I'm calling about your practice's online listing, is the owner available?`),
        agent(`I can take a message. Is this about a patient or an appointment?`),
        caller("No, we help dental offices get more five-star reviews, it only takes a minute."),
        agent(`Thanks, but ${s.business} isn't interested. Please remove this number from your list. Goodbye.`),
        caller("Okay, have a good day."),
      ],
      summary: "Unsolicited sales call about online reviews and listings. Asked to be removed from their list.",
    }),
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "hung_up",
    weight: 1,
    sentiment: NEUTRAL,
    write: (s) => ({
      lines: [
        agent(s.greeting),
        caller("Hi, how much is a cleaning without insurance?"),
        agent(
          "A cleaning with an exam is $165 without insurance, and X-rays are $85 if you need them. We also have a membership plan. Would you like to book?",
        ),
        caller("Hmm. Let me check my schedule first."),
        agent(`Of course. The next openings are ${s.day} at ${s.time}, or I can text you a booking link.`),
        caller("I'll call back later."),
      ],
      summary: "Caller asked about self-pay cleaning prices ($165 plus $85 X-rays) and hung up before booking.",
    }),
  },
  {
    kind: "conversation",
    direction: "outbound",
    outcome: "booked",
    weight: 3,
    sentiment: HAPPY,
    write: (s) => ({
      lines: [
        agent(`Hi, is this ${s.first}? This is ${s.assistant}, the virtual assistant calling from ${s.business}.`),
        caller("Yes, speaking."),
        agent(
          `Our records show you're due for your six-month cleaning. I can book you with ${s.staff}. Would ${s.day} at ${s.time} work?`,
        ),
        caller("Oh, I completely forgot. Is there anything in the late afternoon?"),
        agent(`${s.day} at ${s.time} is the latest we have that week. The week after, I can do 4:30 PM.`),
        caller(`${s.day} at ${s.time} is fine then.`),
        agent(
          `Booked for ${s.day} at ${s.time} with ${s.staff}. We'll text you a reminder the day before. Anything else?`,
        ),
        caller("No, thanks for the call!"),
      ],
      summary: `Recall call: ${s.caller} was overdue for a cleaning; booked with ${s.staff} on ${s.day} at ${s.time}.`,
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
        agent(
          `Hello ${s.first}, this is ${s.assistant} from ${s.business}, calling to confirm your appointment with ${s.staff} on ${s.day} at ${s.time}.`,
        ),
        caller("Yes, I'll be there."),
        agent("Wonderful. Has anything changed with your insurance or your health since your last visit?"),
        caller("No, all the same."),
        agent(`Great, you're confirmed. Please arrive five minutes early. See you ${s.day}!`),
        caller("Thanks, bye."),
      ],
      summary: `${s.caller} confirmed their appointment with ${s.staff} on ${s.day} at ${s.time}; no insurance or health changes.`,
    }),
  },
  {
    kind: "conversation",
    direction: "outbound",
    outcome: "hung_up",
    weight: 1,
    sentiment: UPSET,
    write: (s) => ({
      lines: [
        agent(
          `Hi, is this ${s.first}? This is ${s.assistant} from ${s.business}, calling about your overdue cleaning.`,
        ),
        caller("I'm at work right now."),
        agent("I'm sorry to interrupt. It only takes a moment to book. Is there a better time to call back?"),
        caller("Just send me a text."),
        agent(`Will do, I'll text a booking link to ${s.callback}.`),
        caller("Okay, bye."),
      ],
      summary: `Recall call: ${s.caller} was busy at work and ended the call; asked for a text instead. Booking link sent.`,
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
          `You've reached ${s.business}. Our office is closed right now. Please leave your name, number and the reason for your call, and we'll call you back first thing.`,
        ),
        caller(
          `Hi, this is ${s.caller}, ${s.callback}. I'd like to book a cleaning for my daughter, preferably after school. Thanks.`,
        ),
      ],
      summary: `Voicemail from ${s.caller}: wants an after-school cleaning for their daughter. Call back at ${s.callback}.`,
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
        caller(`Hi, you've reached ${s.first}. Leave a message and I'll get back to you.`),
        agent(
          `Hi ${s.first}, this is ${s.assistant} from ${s.business}. You're due for your cleaning with ${s.staff}. Call us back or reply to our text to book. Have a great day!`,
        ),
      ],
      summary: `Recall call reached ${s.caller}'s voicemail; left a message asking them to book a cleaning with ${s.staff}.`,
    }),
  },
];
