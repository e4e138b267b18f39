import { getT } from "@/components/i18n/server-context";
import { UserAdmin } from "@/components/admin/user-admin";
import { LiveFigures } from "@/components/admin/live-figures";
import { SiteSettingsForm } from "@/components/admin/site-settings-form";
import { AdminCohorts } from "@/components/admin/admin-cohorts";

/** Admins only: the request pipeline answers 403 to everyone else before this renders. */
export default async function AdminPage() {
  const { t } = await getT();
  return (
    <section className="mx-auto flex max-w-6xl flex-col gap-8">
      <h1 className="text-2xl font-semibold">{t("admin.title")}</h1>
      <LiveFigures />
      <UserAdmin />
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <AdminCohorts />
        <SiteSettingsForm />
      </div>
    </section>
  );
}
