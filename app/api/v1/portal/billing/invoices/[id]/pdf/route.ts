import { requireActor } from "@/lib/auth/current-actor";
import { renderInvoicePdf } from "@/lib/dal/billing/render-invoice-pdf";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

/** The invoice PDF, as an attachment; every download is audited by the verb. */
export const GET = apiHandler<{ id: string }>(async (_request, { params }) => {
  const { fileName, bytes } = await renderInvoicePdf(await requireActor(), (await params).id);
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
