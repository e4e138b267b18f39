import Link from "next/link";
import { AuthForm } from "@/components/shell/auth-form";
import { getT } from "@/components/i18n/server-context";

/** Sign-up by join code; an invite link (/join?code=XXXX) fills the code in. */
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { t } = await getT();
  const { code } = await searchParams;
  return (
    <AuthForm
      title="join.title"
      intro="join.intro"
      endpoint="/api/auth/join"
      submit="join.submit"
      defaults={code ? { code: code.slice(0, 32) } : undefined}
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
