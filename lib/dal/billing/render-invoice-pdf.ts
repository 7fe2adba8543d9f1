import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { renderInvoicePdfBytes } from "@/lib/billing/invoice-pdf";
import { readBrandFile } from "@/lib/branding/brand-files";
import { sniffImageType } from "@/lib/branding/image-type";
import { loadInvoice } from "./get-invoice";

/**
 * The invoice as a PDF in the agency's brand, with `invoice_download` audited in the same
 * transaction: an audit row exists exactly when a file was produced.
 */
export async function renderInvoicePdf(
  actor: Actor,
  invoiceId: string,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const client = requireClient(actor, "billing.read");
  return withTenant(client.agencyId, async (tx) => {
    const invoice = await loadInvoice(tx, client, invoiceId);
    const [agency] = await tx
      .select({
        name: agencies.name,
        primaryColor: agencies.primaryColor,
        supportEmail: agencies.supportEmail,
        logoPath: agencies.logoPath,
      })
      .from(agencies)
      .where(eq(agencies.id, client.agencyId));
    const bytes = await renderInvoicePdfBytes({
      agency: {
        name: agency.name,
        primaryColor: agency.primaryColor,
        supportEmail: agency.supportEmail,
        logo: await pdfLogo(client.agencyId, agency.logoPath),
      },
      client: { name: client.clientName, timeZone: client.timeZone },
      invoice,
      lines: invoice.lines,
    });
    await emitAudit(tx, client.agencyId, auditActorOf(client), {
      action: "invoice_download",
      target: { type: "invoice", id: invoice.id },
      clientId: client.clientId,
      details: { number: invoice.number },
    });
    return { fileName: `${invoice.number}.pdf`, bytes };
  });
}

// PDF carries PNG and JPEG; a WebP logo is left out rather than converted.
async function pdfLogo(agencyId: string, logoPath: string | null) {
  if (!logoPath) return null;
  const bytes = await readBrandFile(agencyId, logoPath);
  const type = bytes ? sniffImageType(bytes) : null;
  return bytes && (type === "png" || type === "jpeg") ? { bytes: new Uint8Array(bytes), type } : null;
}
