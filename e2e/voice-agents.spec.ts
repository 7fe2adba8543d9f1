import { expect, test } from "@playwright/test";
import { startRetellServer } from "../lib/providers/testing/start-retell-server";
import { signInToConsole, signInToPortal } from "./support/session";

// An owner connects a (local) Retell account from the console, syncs its agents, assigns one to
// Summit Legal; Summit's admin edits its greeting and picks one of Retell's own voices in the portal
// and Retell receives the change (the LLM and the agent updated, the version published), then a
// change made in Retell itself is a conflict.
test("voice providers: connect Retell, sync, assign an agent, and a portal edit reaches Retell", async ({
  page,
  browser,
  baseURL,
}) => {
  // The key's last four characters name its card: unique per run.
  const retell = await startRetellServer(`key_e2e_retell_${Date.now()}`);
  try {
    retell.addAgent({ id: "agent_e2e_concierge", name: "E2E Concierge", prompt: "Help callers.", beginMessage: "Hi!" });
    retell.phoneNumbers.push({ phone_number: "+15550009999", inbound_agent_id: "agent_e2e_concierge" });
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

    // Leave Summit as the other specs expect it: the agent unassigned, the connection gone.
    await row.getByLabel("Client for E2E Concierge").selectOption({ label: "Unassigned" });
    await expect(page.getByText("Unassigned.")).toBeVisible();
    await card.getByRole("button", { name: "Disconnect" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Disconnect provider" }).click();
    await expect(page.getByText("Disconnected.")).toBeVisible();
  } finally {
    await retell.close();
  }
});
