"use client";
import { useEffect, useState, type FormEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { api } from "@/components/ui/api";
import { Button, ErrorText, Field } from "@/components/ui/field";
import type { MessageKey } from "@/components/i18n/messages";

interface UserRow { id: string; username: string; displayName: string; role: string; disabled: boolean }

export function UserAdmin() {
  const { t } = useT();
  const [users, setUsers] = useState<UserRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = () => api<{ users: UserRow[] }>("GET", "/api/admin/users").then((r) => setUsers(r.users)).catch((e: Error) => setError(e.message));
  useEffect(() => void load(), []);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    setError(null);
    try {
      await api("POST", "/api/admin/users", data);
      setNotice(t("admin.created", { username: data.username }));
      form.reset();
      void load();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <div className="grid gap-8 md:grid-cols-2">
      <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        <h2 className="text-lg font-semibold">{t("admin.newUser")}</h2>
        <Field id="new-username" name="username" label={t("form.username")} required />
        <Field id="new-display" name="displayName" label={t("form.displayName")} required />
        <Field id="new-password" name="password" type="password" label={t("form.password")} hint={t("form.passwordHint")} required />
        <div className="flex flex-col gap-1">
          <label htmlFor="new-role" className="text-sm font-medium">{t("admin.role")}</label>
          <select id="new-role" name="role" defaultValue="teacher" className="rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-600 dark:bg-zinc-900">
            <option value="teacher">{t("role.teacher")}</option>
            <option value="admin">{t("role.admin")}</option>
          </select>
        </div>
        <ErrorText message={error} />
        {notice && <p role="status" className="text-sm text-green-700 dark:text-green-300">{notice}</p>}
        <Button type="submit">{t("admin.create")}</Button>
      </form>
      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("admin.users")}</h2>
        <table className="w-full text-left text-sm">
          <thead><tr><th className="py-1">{t("form.username")}</th><th>{t("form.displayName")}</th><th>{t("admin.role")}</th></tr></thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-zinc-200 dark:border-zinc-800">
                <td className="py-1 font-mono">{u.username}</td><td>{u.displayName}</td><td>{t(`role.${u.role}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
