import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { readableTextOn } from "@/lib/branding/contrast";
import { formatCents, formatPeriod, INVOICE_STATUS_LABELS } from "./money";

export type InvoicePdfData = {
  agency: {
    name: string;
    primaryColor: string;
    supportEmail: string | null;
    logo: { bytes: Uint8Array; type: "png" | "jpeg" } | null;
  };
  /** timeZone: the client's, the zone the issue and due dates are read in (default UTC). */
  client: { name: string; timeZone?: string };
  invoice: {
    number: string;
    status: keyof typeof INVOICE_STATUS_LABELS;
    periodStart: string;
    periodEnd: string;
    issuedAt: string;
    dueAt: string;
    totalCents: number;
  };
  lines: { description: string; quantity: number; unitCents: number; amountCents: number }[];
};

const PAGE = { width: 612, height: 792, margin: 50 }; // US Letter
const GREY = rgb(0.42, 0.45, 0.5);
const INK = rgb(0.1, 0.1, 0.12);

/**
 * The invoice as the agency's own document: its name, colour and logo, its contact address.
 * Every metadata field names the agency too, so nothing in the file points past it.
 */
export async function renderInvoicePdfBytes(data: InvoicePdfData): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const title = `Invoice ${data.invoice.number}`;
  pdf.setTitle(`${title} · ${data.agency.name}`);
  pdf.setAuthor(data.agency.name);
  pdf.setCreator(data.agency.name);
  pdf.setProducer(data.agency.name);
  pdf.setSubject(`${data.client.name} · ${formatPeriod(data.invoice.periodStart, data.invoice.periodEnd)}`);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  const brand = hexToRgb(data.agency.primaryColor);
  const onBrand = hexToRgb(readableTextOn(data.agency.primaryColor));

  // Brand band with the logo (when it is a format PDF can carry) and the agency's name.
  page.drawRectangle({ x: 0, y: PAGE.height - 90, width: PAGE.width, height: 90, color: brand });
  let nameX = PAGE.margin;
  if (data.agency.logo) {
    const image =
      data.agency.logo.type === "png"
        ? await pdf.embedPng(data.agency.logo.bytes)
        : await pdf.embedJpg(data.agency.logo.bytes);
    const scaled = image.scaleToFit(120, 50);
    page.drawImage(image, {
      x: PAGE.margin,
      y: PAGE.height - 45 - scaled.height / 2,
      width: scaled.width,
      height: scaled.height,
    });
    nameX += scaled.width + 14;
  }
  text(page, bold, data.agency.name, nameX, PAGE.height - 52, 20, onBrand);
  text(
    page,
    bold,
    "INVOICE",
    PAGE.width - PAGE.margin - bold.widthOfTextAtSize("INVOICE", 16),
    PAGE.height - 50,
    16,
    onBrand,
  );

  let y = PAGE.height - 130;
  const facts: [string, string][] = [
    ["Invoice number", data.invoice.number],
    ["Status", INVOICE_STATUS_LABELS[data.invoice.status]],
    ["Billing period", formatPeriod(data.invoice.periodStart, data.invoice.periodEnd)],
    ["Issued", formatDate(data.invoice.issuedAt, data.client.timeZone)],
    ["Due", formatDate(data.invoice.dueAt, data.client.timeZone)],
  ];
  text(page, bold, "Bill to", PAGE.margin, y, 10, GREY);
  text(page, bold, data.client.name, PAGE.margin, y - 16, 13, INK);
  for (const [i, [label, value]] of facts.entries()) {
    text(page, regular, label, 330, y - i * 16, 10, GREY);
    text(page, bold, value, 430, y - i * 16, 10, INK);
  }

  y -= facts.length * 16 + 30;
  const cols = { description: PAGE.margin, quantity: 340, unit: 420, amount: PAGE.width - PAGE.margin };
  page.drawRectangle({
    x: PAGE.margin - 6,
    y: y - 6,
    width: PAGE.width - 2 * PAGE.margin + 12,
    height: 22,
    color: brand,
    opacity: 0.12,
  });
  text(page, bold, "Description", cols.description, y, 10, INK);
  right(page, bold, "Quantity", cols.quantity + 40, y, 10);
  right(page, bold, "Unit price", cols.unit + 60, y, 10);
  right(page, bold, "Amount", cols.amount, y, 10);
  y -= 26;
  for (const line of data.lines) {
    text(page, regular, line.description, cols.description, y, 10, INK);
    right(page, regular, line.quantity.toLocaleString("en-US"), cols.quantity + 40, y, 10);
    right(page, regular, formatCents(line.unitCents), cols.unit + 60, y, 10);
    right(page, regular, formatCents(line.amountCents), cols.amount, y, 10);
    y -= 20;
  }
  page.drawLine({ start: { x: 330, y: y + 6 }, end: { x: cols.amount, y: y + 6 }, thickness: 1, color: GREY });
  y -= 12;
  text(page, bold, "Total due", 330, y, 12, INK);
  right(page, bold, formatCents(data.invoice.totalCents), cols.amount, y, 12);

  const contact = data.agency.supportEmail
    ? `Questions about this invoice? Contact ${data.agency.name} at ${data.agency.supportEmail}.`
    : `Questions about this invoice? Contact ${data.agency.name}.`;
  text(page, regular, contact, PAGE.margin, 60, 9, GREY);
  return pdf.save();
}

function text(page: PDFPage, font: PDFFont, value: string, x: number, y: number, size: number, color = INK) {
  page.drawText(encodable(font, value), { x, y, size, font, color });
}

function right(page: PDFPage, font: PDFFont, value: string, xRight: number, y: number, size: number) {
  const safe = encodable(font, value);
  page.drawText(safe, { x: xRight - font.widthOfTextAtSize(safe, size), y, size, font, color: INK });
}

/** The standard fonts speak WinAnsi only: anything else (an emoji in a client's name) becomes "?". */
function encodable(font: PDFFont, value: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...value].map((ch) => (supported.has(ch.codePointAt(0)!) ? ch : "?")).join("");
}

function hexToRgb(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return rgb(r, g, b);
}

const formatDate = (iso: string, timeZone = "UTC") =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone }).format(new Date(iso));
