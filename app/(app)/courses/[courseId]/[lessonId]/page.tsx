import { LabPage } from "@/components/lab/lab-page";

/** The lab: lesson pane, terminal tabs and the live cluster view, side by side. */
export default async function LessonLabPage({ params }: { params: Promise<{ courseId: string; lessonId: string }> }) {
  const { courseId, lessonId } = await params;
  return <LabPage courseId={courseId} lessonId={lessonId} />;
}
