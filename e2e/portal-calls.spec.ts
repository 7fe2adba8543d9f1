import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { fetchFromPage, signInToPortal } from "./support/session";

/** A recent completed call (completed calls always have a recording and a transcript). */
async function completedCallId(page: Page): Promise<string> {
  const { status, json } = await fetchFromPage(page, "/api/v1/portal/calls?status=completed&limit=1");
  expect(status).toBe(200);
  return json.items[0].id as string;
}

/** fetch with a Range header from inside the page (Node cannot resolve *.localhost). */
async function fetchRange(page: Page, path: string, range?: string) {
  return page.evaluate(
    async ({ path, range }) => {
      const res = await fetch(path, { headers: range ? { Range: range } : {} });
      const body = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        contentRange: res.headers.get("content-range"),
        acceptRanges: res.headers.get("accept-ranges"),
        contentType: res.headers.get("content-type"),
        length: body.length,
        head: String.fromCharCode(...body.slice(0, 4)),
      };
    },
    { path, range },
  );
}

test.describe("portal calls", () => {
  test("the supervisor plays a call and seeks by clicking the transcript, with no download", async ({
    page,
    baseURL,
  }) => {
    const origin = await signInToPortal(page, baseURL, "supervisor@brightdental.test");
    const id = await completedCallId(page);
    await page.goto(`${origin}/calls/${id}`);
    await expect(page.getByTestId("transcript")).toBeVisible();
    await expect(page.getByTestId("call-summary")).toBeVisible();
    await expect(page.getByTestId("download-recording")).toHaveCount(0);
    await expect(page.getByTestId("delete-call")).toHaveCount(0);
    const audio = page.getByTestId("call-audio");
    await expect(audio).toHaveAttribute("src", `/api/v1/portal/calls/${id}/recording`);

    const lines = page.getByTestId("transcript-line");
    const third = lines.nth(2);
    const [minutes, seconds] = (await third.locator("span").first().innerText()).split(":").map(Number);
    const start = minutes * 60 + seconds;
    await third.getByRole("button").click();
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThanOrEqual(start);
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(false);
    await expect(third).toHaveAttribute("data-active", "true");
    // It keeps playing: time moves on from where the click put it.
    const at = await audio.evaluate((a: HTMLAudioElement) => a.currentTime);
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(at);

    // Seeking back to the first line moves the highlight with it.
    await lines.first().getByRole("button").click();
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeLessThan(start);
    await expect(lines.first()).toHaveAttribute("data-active", "true");
  });

  test("the analyst reads the transcript but gets no player", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "analyst@brightdental.test");
    const id = await completedCallId(page);
    await page.goto(`${origin}/calls/${id}`);
    await expect(page.getByTestId("transcript-line").first()).toBeVisible();
    await expect(page.getByTestId("call-sentiment")).toBeVisible();
    await expect(page.getByTestId("call-audio")).toHaveCount(0);
    await expect(page.getByTestId("download-recording")).toHaveCount(0);
    const { json } = await fetchFromPage(page, `/api/v1/portal/calls/${id}`);
    expect(json.transcript.length).toBeGreaterThan(0);
    expect(json).not.toHaveProperty("recordingUrl");
    const recording = await fetchFromPage(page, `/api/v1/portal/calls/${id}/recording`);
    expect(recording.status).toBe(403);
    expect(recording.json.error.code).toBe("forbidden");
  });

  test("the admin downloads a recording and deletes a call", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "admin@brightdental.test");
    const id = await completedCallId(page);
    await page.goto(`${origin}/calls/${id}`);
    const downloading = page.waitForEvent("download");
    await page.getByTestId("download-recording").click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^call-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.wav$/);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 4)
        .toString(),
    ).toBe("RIFF");

    await page.getByTestId("delete-call").click();
    await page.getByRole("button", { name: "Delete call" }).click();
    await expect(page.getByText("Call deleted.")).toBeVisible();
    await expect(page).toHaveURL(/\/calls$/);
    expect((await fetchFromPage(page, `/api/v1/portal/calls/${id}`)).status).toBe(404);
  });

  test("the agent-role user sees only Front Desk calls and no analytics", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "agent@brightdental.test");
    await page.goto(`${origin}/calls`);
    const agents = page.getByTestId("call-agent");
    await expect(agents.first()).toBeVisible();
    expect(new Set(await agents.allInnerTexts())).toEqual(new Set(["Front Desk"]));
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(agents.first()).toBeVisible();
    expect(new Set(await agents.allInnerTexts())).toEqual(new Set(["Front Desk"]));
    await expect(page.getByTestId("export-csv")).toHaveCount(0);

    const analytics = await page.goto(`${origin}/analytics`);
    expect(analytics?.status()).toBe(404);
    const api = await fetchFromPage(page, "/api/v1/portal/analytics");
    expect(api.status).toBe(403);
  });

  test("filters live in the URL: applied from the form, kept on reload, carried through pages", async ({
    page,
    baseURL,
  }) => {
    const origin = await signInToPortal(page, baseURL, "admin@brightdental.test");
    await page.goto(`${origin}/calls`);
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Completed" });
    await page.getByLabel("Direction", { exact: true }).selectOption({ label: "Inbound" });
    await page.getByLabel("Min. duration (seconds)").fill("60");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/direction=inbound&status=completed&minDuration=60/);

    await page.reload();
    await expect(page.getByLabel("Status", { exact: true })).toHaveValue("completed");
    await expect(page.getByLabel("Min. duration (seconds)")).toHaveValue("60");
    const rows = page.getByTestId("call-row");
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allInnerTexts()) expect(text).toContain("Completed");

    const firstPage = await rows.first().getByRole("link").getAttribute("href");
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/status=completed.*cursor=/);
    await expect(rows.first().getByRole("link")).not.toHaveAttribute("href", firstPage!);
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allInnerTexts()) expect(text).toContain("Completed");
    await page.getByRole("link", { name: "Previous" }).click();
    await expect(rows.first().getByRole("link")).toHaveAttribute("href", firstPage!);

    await page.getByLabel("Search").fill("no-such-caller-anywhere");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByText("No calls match these filters")).toBeVisible();
  });

  test("the review status is changed inline and kept", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "supervisor@brightdental.test");
    await page.goto(`${origin}/calls?reviewStatus=new`);
    const row = page.getByTestId("call-row").first();
    const link = await row.getByRole("link").getAttribute("href");
    await row.getByRole("combobox", { name: /Review status of the call/ }).selectOption({ label: "Follow-up" });
    await expect(page.getByText("Review status saved.")).toBeVisible();
    const { json } = await fetchFromPage(page, `/api/v1/portal${link}`);
    expect(json.reviewStatus).toBe("follow_up");
  });

  test("Nova Realty (no call details) lists calls but opens them without transcript or player", async ({
    page,
    baseURL,
  }) => {
    const origin = await signInToPortal(page, baseURL, "admin@novarealty.test");
    await page.goto(`${origin}/calls`);
    await expect(page.getByTestId("call-row").first()).toBeVisible();
    await expect(page.getByTestId("filter-sentiment")).toHaveCount(0);
    await page.getByTestId("call-row").first().getByRole("link").click();
    // The client admin is the administrator: only the agency can switch details on.
    await expect(page.getByTestId("call-details-unavailable")).toContainText("Your agency hasn't enabled call details");
    await expect(page.getByTestId("call-details-unavailable")).not.toContainText("Ask your administrator");
    await expect(page.getByTestId("transcript")).toHaveCount(0);
    await expect(page.getByTestId("call-audio")).toHaveCount(0);
    await expect(page.getByTestId("call-summary")).toHaveCount(0);
  });

  test("CSV export downloads the filtered list", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "supervisor@brightdental.test");
    await page.goto(`${origin}/calls?status=missed`);
    const downloading = page.waitForEvent("download");
    await page.getByTestId("export-csv").click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^bright-dental-calls-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path())!, "utf8")
      .trim()
      .split("\n");
    expect(lines[0]).toBe(
      "id,started_at,agent,direction,status,review_status,outcome,duration_seconds,caller_number,sentiment,summary",
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.split(",")[4] === "missed")).toBe(true);
  });

  test("the recording route honours HTTP Range and refuses what it must", async ({ page, baseURL }) => {
    await signInToPortal(page, baseURL, "admin@brightdental.test");
    const id = await completedCallId(page);
    const path = `/api/v1/portal/calls/${id}/recording`;
    const whole = await fetchRange(page, path);
    expect(whole).toMatchObject({ status: 200, acceptRanges: "bytes", contentType: "audio/wav", head: "RIFF" });
    const size = whole.length;

    expect(await fetchRange(page, path, "bytes=0-99")).toMatchObject({
      status: 206,
      contentRange: `bytes 0-99/${size}`,
      length: 100,
      head: "RIFF",
    });
    expect(await fetchRange(page, path, "bytes=1000-1999")).toMatchObject({
      status: 206,
      contentRange: `bytes 1000-1999/${size}`,
      length: 1000,
    });
    expect(await fetchRange(page, path, "bytes=-500")).toMatchObject({
      status: 206,
      contentRange: `bytes ${size - 500}-${size - 1}/${size}`,
      length: 500,
    });
    expect(await fetchRange(page, path, `bytes=${size}-`)).toMatchObject({
      status: 416,
      contentRange: `bytes */${size}`,
    });
    expect(await fetchRange(page, path, "bytes=9-2")).toMatchObject({ status: 416, contentRange: `bytes */${size}` });
    expect((await fetchRange(page, `${path}?download=1`)).status).toBe(200);
  });

  test("another client's call is not found, and the supervisor may not download", async ({ browser, baseURL }) => {
    const admin = await (await browser.newContext()).newPage();
    await signInToPortal(admin, baseURL, "admin@brightdental.test");
    const id = await completedCallId(admin);

    const summit = await (await browser.newContext()).newPage();
    const summitOrigin = await signInToPortal(summit, baseURL, "admin@summitlegal.test");
    expect((await fetchFromPage(summit, `/api/v1/portal/calls/${id}`)).status).toBe(404);
    expect((await fetchFromPage(summit, `/api/v1/portal/calls/${id}/recording`)).status).toBe(404);
    expect((await summit.goto(`${summitOrigin}/calls/${id}`))?.status()).toBe(404);

    const supervisor = await (await browser.newContext()).newPage();
    await signInToPortal(supervisor, baseURL, "supervisor@brightdental.test");
    expect((await fetchRange(supervisor, `/api/v1/portal/calls/${id}/recording?download=1`)).status).toBe(403);
    expect((await fetchRange(supervisor, `/api/v1/portal/calls/${id}/recording`, "bytes=0-99")).status).toBe(206);
  });

  test("the analyst sees analytics charts and can change the range", async ({ page, baseURL }) => {
    const origin = await signInToPortal(page, baseURL, "analyst@brightdental.test");
    await page.goto(`${origin}/analytics`);
    for (const id of [
      "chart-volume",
      "chart-answer-rate",
      "chart-duration",
      "chart-sentiment",
      "chart-outcomes",
      "chart-busiest-hours",
    ]) {
      await expect(page.getByTestId(id)).toBeVisible();
    }
    await expect.poll(() => page.locator(".recharts-surface").count()).toBeGreaterThanOrEqual(5);
    await expect(page.getByTestId("busiest-hours").getByRole("cell").first()).toBeAttached();
    await page.getByRole("link", { name: "7 days" }).click();
    await expect(page).toHaveURL(/\/analytics\?days=7$/);
    await expect(page.getByText(/· 7 days ·/)).toBeVisible();
    const { json } = await fetchFromPage(page, "/api/v1/portal/analytics?days=7");
    expect(json.perDay).toHaveLength(7);
    await expect(page.getByTestId("chart-volume").getByTestId("chart-total")).toHaveText(
      json.totals.calls.toLocaleString("en-US"),
    );
    // Readable charts: a dot on every day that has a value, and duration ticks on whole clock steps.
    const withCalls = json.perDay.filter((d: { calls: number }) => d.calls > 0).length;
    await expect(page.getByTestId("chart-answer-rate").locator(".recharts-line-dots circle")).toHaveCount(withCalls);
    // Recharts 3 draws tick labels in a layer of their own, outside the axis group: the duration
    // axis's labels are the clock values among the chart's tick labels (the day labels read "Nov 20").
    const labels = await page
      .getByTestId("chart-duration")
      .locator(".recharts-cartesian-axis-tick-value")
      .allTextContents();
    const ticks = labels.filter((label) => /^\d+:\d\d$/.test(label));
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks[0]).toBe("0:00");
    for (const tick of ticks) expect(tick).toMatch(/^\d+:(00|10|15|20|30|40|45)$/);
  });

  test("the overview shows this week's figures and the latest calls", async ({ page, baseURL }) => {
    await signInToPortal(page, baseURL, "admin@brightdental.test");
    await expect(page.getByTestId("overview-calls-week")).toBeVisible();
    await expect(page.getByTestId("overview-answer-rate")).toContainText("%");
    await expect(page.getByTestId("overview-sentiment")).toContainText("Positive sentiment");
    await expect(page.getByTestId("overview-bookings")).toBeVisible();
    await expect(page.getByTestId("latest-calls").getByRole("link", { name: /\+\d/ })).toHaveCount(5);
  });
});
