import Link from "next/link";
import { AuthForm } from "@/components/shell/auth-form";
import { getT } from "@/components/i18n/server-context";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { t } = await getT();
  const { next } = await searchParams;
  return (
    <AuthForm
      title="login.title"
      endpoint="/api/auth/login"
      submit="login.submit"
      next={next}
      fields={[
        { name: "username", label: "form.username", autoComplete: "username" },
        { name: "password", label: "form.password", type: "password", autoComplete: "current-password" },
      ]}
      footer={<Link className="text-sky-700 underline dark:text-sky-300" href="/join">{t("login.noAccount")}</Link>}
    />
  );
}
