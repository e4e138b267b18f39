import { StudentDetail } from "@/components/teach/student-detail";

export default async function StudentDetailPage({ params }: { params: Promise<{ cohortId: string; userId: string }> }) {
  const { cohortId, userId } = await params;
  return <StudentDetail cohortId={cohortId} studentId={userId} />;
}
