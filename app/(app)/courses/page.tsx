import { getT } from "@/components/i18n/server-context";
import { CourseList } from "@/components/courses/course-list";

export default async function CoursesPage() {
  const { t } = await getT();
  return (
    <section className="mx-auto max-w-4xl">
      <h1 className="mb-4 text-2xl font-semibold">{t("courses.title")}</h1>
      <CourseList />
    </section>
  );
}
