import { getT } from "@/components/i18n/server-context";
import { UserAdmin } from "@/components/admin/user-admin";

/** Admins only: the request pipeline answers 403 to everyone else before this renders. */
export default async function AdminPage() {
  const { t } = await getT();
  return (
    <section className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-semibold">{t("admin.title")}</h1>
      <UserAdmin />
    </section>
  );
}
