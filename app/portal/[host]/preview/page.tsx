import type { Metadata } from "next";
import { PreviewHandoff } from "@/components/preview/preview-handoff";

export const metadata: Metadata = { title: "Preview" };

export default async function PreviewPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <main className="flex min-h-dvh items-center justify-center p-6">
      {token ? <PreviewHandoff token={token} /> : <p>This preview link is incomplete.</p>}
    </main>
  );
}
