import { Badge } from "@/components/ui/badge";
import { labelOf, STATUS_LABELS } from "./call-labels";

const VARIANT = { completed: "success", missed: "warning", voicemail: "secondary", failed: "destructive" } as const;

export function CallStatusBadge({ status }: { status: keyof typeof STATUS_LABELS }) {
  return <Badge variant={VARIANT[status] ?? "outline"}>{labelOf(STATUS_LABELS, status)}</Badge>;
}
