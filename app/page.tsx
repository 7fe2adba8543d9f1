import { redirect } from "next/navigation";

// The console's front door; portal hosts never reach this page (proxy.ts rewrites them).
export default function Home() {
  redirect("/agency");
}
