import { CohortDashboard } from "@/components/teach/cohort-dashboard";

/** The live dashboard. The API checks that the signed-in teacher teaches this cohort. */
export default async function CohortDashboardPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  return <CohortDashboard cohortId={cohortId} />;
}
