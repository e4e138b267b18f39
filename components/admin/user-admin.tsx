"use client";
import { useEffect, useState, type FormEvent } from "react";
import { api } from "@/components/ui/api";
import { Button, ErrorText, Field } from "@/components/ui/field";
import { useT } from "@/components/i18n/i18n-provider";

interface UserRow { id: string; username: string; displayName: string; role: "admin" | "teacher" | "student"; disabled: boolean }

const select = "rounded-md border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900";

/** Creating accounts, changing a user's role, disabling and re-enabling accounts. */
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

  async function patch(id: string, body: Partial<UserRow>) {
    setError(null);
    try {
      await api("PATCH", `/api/admin/users/${id}`, body);
    } catch (err) {
      setError((err as Error).message);
    }
    void load();
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_2fr]">
      <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-3 self-start rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        <h2 className="text-lg font-semibold">{t("admin.newUser")}</h2>
        <Field id="new-username" name="username" label={t("form.username")} required />
        <Field id="new-display" name="displayName" label={t("form.displayName")} required />
        <Field id="new-password" name="password" type="password" label={t("form.password")} hint={t("form.passwordHint")} required />
        <div className="flex flex-col gap-1">
          <label htmlFor="new-role" className="text-sm font-medium">{t("admin.role")}</label>
          <select id="new-role" name="role" defaultValue="teacher" className={`${select} py-2`}>
            <option value="teacher">{t("role.teacher")}</option>
            <option value="admin">{t("role.admin")}</option>
          </select>
        </div>
        {notice && <p role="status" className="text-sm text-green-700 dark:text-green-300">{notice}</p>}
        <Button type="submit">{t("admin.create")}</Button>
      </form>
      <div className="overflow-x-auto">
        <h2 className="mb-2 text-lg font-semibold">{t("admin.users")}</h2>
        <ErrorText message={error} />
        <table className="w-full text-left text-sm">
          <thead><tr><th className="py-1">{t("form.username")}</th><th>{t("form.displayName")}</th><th>{t("admin.role")}</th><th>{t("adm.status")}</th></tr></thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-zinc-200 dark:border-zinc-800" data-testid="user-row" data-username={u.username}>
                <td className="py-1 font-mono">{u.username}</td>
                <td>{u.displayName}</td>
                <td>
                  <select aria-label={`${t("admin.role")}: ${u.username}`} value={u.role} className={select}
                    onChange={(e) => void patch(u.id, { role: e.target.value as UserRow["role"] })}>
                    <option value="student">{t("role.student")}</option>
                    <option value="teacher">{t("role.teacher")}</option>
                    <option value="admin">{t("role.admin")}</option>
                  </select>
                </td>
                <td className="flex items-center gap-2 py-1">
                  <span className={u.disabled ? "text-red-700 dark:text-red-300" : ""}>{u.disabled ? t("adm.disabled") : t("adm.active")}</span>
                  <button type="button" onClick={() => void patch(u.id, { disabled: !u.disabled })}
                    className="rounded-md border border-zinc-300 px-2 py-0.5 text-xs hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800">
                    {u.disabled ? t("adm.enable") : t("adm.disable")} <span className="sr-only">{u.username}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
