import Link from "next/link";
import { AuthForm } from "@/components/shell/auth-form";
import { getT } from "@/components/i18n/server-context";

export default async function JoinPage() {
  const { t } = await getT();
  return (
    <AuthForm
      title="join.title"
      intro="join.intro"
      endpoint="/api/auth/join"
      submit="join.submit"
      fields={[
        { name: "code", label: "join.code", autoComplete: "off" },
        { name: "username", label: "form.username", autoComplete: "username" },
        { name: "displayName", label: "form.displayName", autoComplete: "name" },
        { name: "password", label: "form.password", type: "password", hint: "form.passwordHint", autoComplete: "new-password" },
      ]}
      footer={<Link className="text-sky-700 underline dark:text-sky-300" href="/login">{t("join.haveAccount")}</Link>}
    />
  );
}
