import { expect, test } from "@playwright/test";
import { startRetellServer } from "../lib/providers/testing/start-retell-server";
import { startVapiServer } from "../lib/providers/testing/start-vapi-server";
import { signInToConsole, signInToPortal } from "./support/session";

// An owner connects a (local) Retell and a (local) Vapi account from the console, syncs their
// agents and assigns them to Summit Legal (self-service), one by its row, two at once. Summit's
// admin edits the Retell agent's greeting and picks one of Retell's own voices in the portal and
// Retell receives the change (the LLM and the agent updated, the version published), then a change
// made in Retell itself is a conflict; then edits the Vapi assistant and Vapi receives one PATCH
// carrying the whole model and voice objects. One browser session for both providers.
test("voice providers: connect Retell and Vapi, sync, assign, and portal edits reach each provider", async ({
  page,
  browser,
  baseURL,
}) => {
  // The key's last four characters name its card: unique per run (and between the two).
  const stamp = Date.now();
  const [retell, vapi] = await Promise.all([
    startRetellServer(`key_e2e_retell_${stamp}`),
    startVapiServer(`vapi-e2e-${stamp}v`),
  ]);
  try {
    retell.addAgent({ id: "agent_e2e_concierge", name: "E2E Concierge", prompt: "Help callers.", beginMessage: "Hi!" });
    retell.phoneNumbers.push({ phone_number: "+15550009999", inbound_agent_id: "agent_e2e_concierge" });
    vapi.addAssistant({ id: "asst_e2e_desk", name: "E2E Vapi Desk", prompt: "Take messages.", firstMessage: "Hello!" });
    vapi.addAssistant({ id: "asst_e2e_overflow", name: "E2E Vapi Overflow" });
    await signInToConsole(page, baseURL, "owner@acme.test");
    await page.goto("/agency/settings/voice-providers");
    const connect = page.getByRole("form", { name: "Connect a provider" });
    await connect.getByLabel("Provider").selectOption("retell");
    await connect.getByLabel("API key").fill(retell.apiKey);
    await connect.getByLabel("API address (optional)").fill(retell.url);
    await connect.getByRole("button", { name: "Connect" }).click();
    await expect(page.getByText("Connected. Sync to import its agents.")).toBeVisible();

    const card = page.getByTestId("provider-connection").filter({ hasText: `Key ending ${retell.apiKey.slice(-4)}` });
    await expect(card.getByLabel("Retell AI webhook address")).toHaveValue(
      /\/api\/ingest\/retell\/[A-Za-z0-9_-]{20,}$/,
    );
    await card.getByRole("button", { name: "Sync now" }).click();
    await expect(page.getByText("Synced: 1 agents (1 new, 0 gone).")).toBeVisible();

    const row = page.getByTestId("provider-agent-row").filter({ hasText: "E2E Concierge" });
    await expect(row).toContainText("+15550009999");
    await row.getByLabel("Client for E2E Concierge").selectOption({ label: "Summit Legal" });
    await expect(page.getByText("Assigned 1 agent.")).toBeVisible();

    // Vapi: its card appears once connected; both assistants are synced and assigned at once.
    await connect.getByLabel("Provider").selectOption("vapi");
    await connect.getByLabel("API key").fill(vapi.apiKey);
    await connect.getByLabel("API address (optional)").fill(vapi.url);
    await connect.getByRole("button", { name: "Connect" }).click();
    const vapiCard = page.getByTestId("provider-connection").filter({ hasText: `Key ending ${vapi.apiKey.slice(-4)}` });
    await vapiCard.getByRole("button", { name: "Sync now" }).click();
    await expect(page.getByText("Synced: 2 agents (2 new, 0 gone).")).toBeVisible();
    await page.getByLabel("Select E2E Vapi Desk").check();
    await page.getByLabel("Select E2E Vapi Overflow").check();
    await page.getByLabel("Client for the selected agents").selectOption({ label: "Summit Legal" });
    await page.getByRole("button", { name: "Assign 2 selected" }).click();
    await expect(page.getByText("Assigned 2 agents.")).toBeVisible();

    const portal = await (await browser.newContext()).newPage();
    const origin = await signInToPortal(portal, baseURL, "admin@summitlegal.test");
    await portal.goto(`${origin}/agents`);
    await portal.getByRole("link", { name: "E2E Concierge" }).click();
    await portal.getByLabel("Greeting").fill("Thanks for calling Summit Legal.");
    // The voice picker offers Retell's own voices (its GET /list-voices, asked by the server).
    await portal.getByLabel("Voice", { exact: true }).click();
    await portal.getByRole("option", { name: "Myra — American, female, Young, elevenlabs" }).click();
    await portal.getByRole("button", { name: "Save changes" }).click();
    await expect(portal.getByText("Saved as version 2.")).toBeVisible();
    expect(retell.received.some((r) => r.method === "GET" && r.path === "/list-voices")).toBe(true);
    expect(retell.llms.get("llm_agent_e2e_concierge")).toMatchObject({
      begin_message: "Thanks for calling Summit Legal.",
    });
    expect(retell.agents.get("agent_e2e_concierge")).toMatchObject({ voice_id: "11labs-Myra" });
    expect(retell.published).toContain("agent_e2e_concierge");

    // Someone changes the greeting in Retell: the next portal save is refused and says why.
    await portal.reload();
    const llm = retell.llms.get("llm_agent_e2e_concierge")!;
    retell.llms.set("llm_agent_e2e_concierge", { ...llm, begin_message: "Changed in Retell." });
    await portal.getByLabel("Greeting").fill("Our second greeting.");
    await portal.getByRole("button", { name: "Save changes" }).click();
    await expect(portal.getByText(/was changed in Retell since it was last synced \(greeting\)/).first()).toBeVisible();
    expect(retell.llms.get("llm_agent_e2e_concierge")).toMatchObject({ begin_message: "Changed in Retell." });

    // Vapi: a new prompt and greeting and one of Vapi's own voices (the assistant had an
    // ElevenLabs one) reach the local Vapi as ONE PATCH with the model and voice sent whole.
    await portal.goto(`${origin}/agents`);
    await portal.getByRole("link", { name: "E2E Vapi Desk" }).click();
    await portal.getByLabel("Greeting").fill("Summit Legal, how can we help?");
    await portal.getByLabel("Prompt").fill("Book consultations and take messages.");
    await portal.getByLabel("Voice", { exact: true }).click();
    await portal.getByRole("option", { name: "Elliot — Canadian, male, Vapi voice" }).click();
    await portal.getByRole("button", { name: "Save changes" }).click();
    await expect(portal.getByText("Saved as version 2.")).toBeVisible();
    const patches = vapi.received.filter((r) => r.method === "PATCH");
    expect(patches).toEqual([
      expect.objectContaining({
        path: "/assistant/asst_e2e_desk",
        authorization: `Bearer ${vapi.apiKey}`,
        body: expect.objectContaining({
          firstMessage: "Summit Legal, how can we help?",
          model: {
            provider: "openai",
            model: "gpt-4o",
            temperature: 0.5,
            messages: [{ role: "system", content: "Book consultations and take messages." }],
          },
          voice: { provider: "vapi", voiceId: "Elliot" },
        }),
      }),
    ]);
    expect(vapi.assistants.get("asst_e2e_desk")).toMatchObject({ voice: { provider: "vapi", voiceId: "Elliot" } });

    // Leave Summit as the other specs expect it: the agents unassigned, the connections gone.
    for (const name of ["E2E Concierge", "E2E Vapi Desk", "E2E Vapi Overflow"])
      await page.getByLabel(`Select ${name}`).check();
    await page.getByLabel("Client for the selected agents").selectOption({ label: "Unassigned" });
    await page.getByRole("button", { name: "Assign 3 selected" }).click();
    await expect(page.getByText("Unassigned.")).toBeVisible();
    for (const c of [card, vapiCard]) {
      await c.getByRole("button", { name: "Disconnect" }).click();
      await page.getByRole("alertdialog").getByRole("button", { name: "Disconnect provider" }).click();
      await expect(c).toHaveCount(0);
    }
  } finally {
    await Promise.all([retell.close(), vapi.close()]);
  }
});
