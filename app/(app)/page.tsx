import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser, getT } from "@/components/i18n/server-context";

export default async function HomePage() {
  const user = await currentUser();
  if (!user) redirect("/login");
  const { t } = await getT();
  const text = user.role === "student" ? t("home.student") : user.role === "teacher" ? t("home.teacher") : t("home.admin");
  const next = user.role === "student" ? { href: "/courses", label: t("nav.courses") } : user.role === "teacher" ? { href: "/teach", label: t("nav.teach") } : { href: "/admin", label: t("nav.admin") };
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="mb-2 text-2xl font-semibold">{t("home.welcome", { name: user.displayName })}</h1>
      <p className="mb-6 text-zinc-600 dark:text-zinc-300">{text}</p>
      <Link href={next.href} className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">{next.label}</Link>
    </section>
  );
}
