import { CohortManage } from "@/components/teach/cohort-manage";

export default async function CohortManagePage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  return <section className="mx-auto max-w-6xl"><CohortManage cohortId={cohortId} /></section>;
}
