import { expect, test } from "@playwright/test";
import { fetchFromPage, signInToPortal } from "./support/session";

const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

// The overview is what a client opens first: it should say whether the agents are working, whether
// an integration broke, and what is owed next, without opening each section — and only for the
// sections this viewer's navigation shows.
test.describe("portal overview", () => {
  test("an admin sees agent health, integration alerts and the next invoice; a client without those sections sees none", async ({
    browser,
    baseURL,
  }) => {
    const summit = await browser.newPage();
    await signInToPortal(summit, baseURL, "admin@summitlegal.test");

    const agents = (await fetchFromPage(summit, "/api/v1/portal/agents")).json.items as {
      name: string;
      status: string;
      lastCallAt: string | null;
    }[];
    const agentCard = summit.getByTestId("overview-section-agents");
    await expect(agentCard.getByTestId("overview-agent")).toHaveCount(Math.min(agents.length, 5));
    const first = agentCard.getByTestId("overview-agent").first();
    await expect(first).toContainText(agents[0].name);
    await expect(first.getByTestId("agent-status")).toHaveText(
      agents[0].status[0].toUpperCase() + agents[0].status.slice(1),
    );
    await expect(first).toContainText(agents[0].lastCallAt ? "Last call" : "No calls yet");

    const integrations = (await fetchFromPage(summit, "/api/v1/portal/integrations")).json.items as {
      name: string;
      status: string;
      lastError: string | null;
    }[];
    const failing = integrations.filter((i) => i.status === "error");
    expect(failing.length).toBeGreaterThan(0); // the demo's Google Calendar lost its authorization
    const alerts = summit.getByTestId("overview-section-integrations").getByTestId("integration-alert");
    await expect(alerts).toHaveCount(failing.length);
    await expect(alerts.first()).toContainText(`${failing[0].name}`);
    await expect(alerts.first()).toContainText("needs attention");
    if (failing[0].lastError) await expect(alerts.first()).toContainText(failing[0].lastError);

    const invoices = (await fetchFromPage(summit, "/api/v1/portal/billing")).json.invoices as {
      number: string;
      status: string;
      dueAt: string;
      totalCents: number;
    }[];
    const next = invoices.filter((i) => i.status !== "paid").sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
    expect(next).toBeDefined();
    const invoiceCard = summit.getByTestId("overview-section-billing");
    await expect(invoiceCard.getByTestId("next-invoice")).toContainText(`Invoice ${next.number}, due`);
    await expect(invoiceCard.getByTestId("next-invoice")).toContainText(money.format(next.totalCents / 100));
    await invoiceCard.getByRole("link", { name: "Open billing" }).click();
    await expect(summit.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
    await summit.close();

    // Nova Realty's agency shows it calls and analytics only: no agent, integration or billing card.
    const nova = await browser.newPage();
    await signInToPortal(nova, baseURL, "admin@novarealty.test");
    await expect(nova.getByTestId("overview-calls-week")).toBeVisible();
    for (const section of ["agents", "integrations", "billing"]) {
      await expect(nova.getByTestId(`overview-section-${section}`)).toHaveCount(0);
    }
    await expect(nova.getByTestId("overview-agent")).toHaveCount(0);
    await expect(nova.getByTestId("next-invoice")).toHaveCount(0);
    expect((await fetchFromPage(nova, "/api/v1/portal/billing")).status).toBe(403);
    await nova.close();
  });
});
