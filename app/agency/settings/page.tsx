import { redirect } from "next/navigation";

export default function SettingsIndex() {
  redirect("/agency/settings/client-defaults");
}
