import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";

/** A plain link: the browser downloads the PDF the route streams (and the route audits it). */
export function DownloadInvoiceButton({
  href,
  number,
  size = "sm",
}: {
  href: string;
  number: string;
  size?: "sm" | "default";
}) {
  return (
    <Button asChild variant="outline" size={size}>
      <a href={href} download={`${number}.pdf`} aria-label={`Download invoice ${number} as PDF`}>
        <Download aria-hidden /> PDF
      </a>
    </Button>
  );
}
