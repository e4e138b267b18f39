import { getT } from "@/components/i18n/server-context";
import { CohortList } from "@/components/teach/cohort-list";

export default async function TeachPage() {
  const { t } = await getT();
  return (
    <section className="mx-auto max-w-5xl">
      <h1 className="mb-4 text-2xl font-semibold">{t("teach.title")}</h1>
      <CohortList />
    </section>
  );
}
