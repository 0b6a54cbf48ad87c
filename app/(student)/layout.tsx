import { AppShell } from "@/components/shell/app-shell";
import { requirePageUser } from "@/app/_lib/session";

export const dynamic = "force-dynamic";

export default async function StudentLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser("/");
  return <AppShell user={user}>{children}</AppShell>;
}
