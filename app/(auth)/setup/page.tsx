import { AuthForm } from "@/components/shell/auth-form";

/** First run only: the request pipeline sends every page here while no account exists, and away afterwards. */
export default function SetupPage() {
  return (
    <AuthForm
      title="setup.title"
      intro="setup.intro"
      endpoint="/api/auth/setup"
      submit="setup.submit"
      fields={[
        { name: "username", label: "form.username", autoComplete: "username" },
        { name: "displayName", label: "form.displayName", autoComplete: "name" },
        { name: "password", label: "form.password", type: "password", hint: "form.passwordHint", autoComplete: "new-password" },
      ]}
    />
  );
}
