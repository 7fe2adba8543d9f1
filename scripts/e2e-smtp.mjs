// A real SMTP receiver for the end-to-end tests: the app servers send to it over SMTP_URL, and
// the tests read what arrived over HTTP.
//   node scripts/e2e-smtp.mjs <smtpPort> <httpPort>
//   GET http://127.0.0.1:<httpPort>/messages?to=a@b.test → [{ from, to, subject, text, html, receivedAt }]
// Messages are also written as JSON files under .data-e2e-mail/ for a look after a failed run.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { SMTPServer } from "smtp-server";

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
const dir = path.resolve(".data-e2e-mail");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const messages = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", () => {
      const message = {
        ...parseMessage(Buffer.concat(chunks).toString("utf8")),
        envelopeTo: session.envelope.rcptTo.map((r) => r.address),
        receivedAt: new Date().toISOString(),
      };
      messages.push(message);
      writeFileSync(path.join(dir, `${messages.length}.json`), JSON.stringify(message, null, 2));
      callback();
    });
  },
});
smtp.listen(smtpPort, "127.0.0.1");

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const to = url.searchParams.get("to")?.toLowerCase();
    const found = to ? messages.filter((m) => m.envelopeTo.some((a) => a.toLowerCase() === to)) : messages;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(found));
  })
  .listen(httpPort, "127.0.0.1");

const stop = () => {
  smtp.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

// Just enough MIME for what nodemailer sends: headers, multipart/alternative, QP and base64.
function parseMessage(raw) {
  const { headers, body } = splitHeaders(raw);
  const parts = flatten(headers, body);
  const pick = (type) => parts.find((p) => p.type.startsWith(type))?.content ?? "";
  return {
    from: decodeWords(headers.from ?? ""),
    to: decodeWords(headers.to ?? ""),
    subject: decodeWords(headers.subject ?? ""),
    text: pick("text/plain"),
    html: pick("text/html"),
  };
}

function splitHeaders(raw) {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? "" : raw.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body };
}

function flatten(headers, body) {
  const type = (headers["content-type"] ?? "text/plain").toLowerCase();
  const boundary = /boundary="?([^";]+)"?/i.exec(headers["content-type"] ?? "")?.[1];
  if (type.startsWith("multipart/") && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith("--"))
      .flatMap((p) => {
        const part = splitHeaders(p.replace(/^\r?\n/, ""));
        return flatten(part.headers, part.body);
      });
  }
  const encoding = (headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  let content = body;
  if (encoding === "base64") content = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") content = decodeQp(body);
  return [{ type, content: content.replace(/\r\n/g, "\n").trim() }];
}

function decodeQp(text) {
  const bytes = [];
  const soft = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === "=" && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeWords(value) {
  return value.replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset, kind, data) =>
    kind.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : decodeQp(data.replace(/_/g, " ")),
  );
}
