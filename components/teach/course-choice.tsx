"use client";
import { useEffect, useState } from "react";
import { api } from "@/components/ui/api";
import { useT } from "@/components/i18n/i18n-provider";

export interface CourseInfo {
  id: string;
  title: { en: string; "zh-CN": string };
  steps: number;
}

/** The courses found in lessons/ (GET /api/teach/courses). */
export function useCourses(): CourseInfo[] {
  const [courses, setCourses] = useState<CourseInfo[]>([]);
  useEffect(() => void api<{ courses: CourseInfo[] }>("GET", "/api/teach/courses").then((r) => setCourses(r.courses)).catch(() => undefined), []);
  return courses;
}

/** Checkboxes for the courses assigned to a cohort. */
export function CourseChoice({ courses, value, onChange }: { courses: CourseInfo[]; value: string[]; onChange: (ids: string[]) => void }) {
  const { t, locale } = useT();
  return (
    <fieldset className="flex flex-wrap gap-4">
      <legend className="mb-1 text-sm font-medium">{t("cohort.courses")}</legend>
      {courses.map((c) => (
        <label key={c.id} className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={value.includes(c.id)}
            onChange={(e) => onChange(e.target.checked ? [...value, c.id] : value.filter((id) => id !== c.id))} />
          {c.title[locale] ?? c.id}
        </label>
      ))}
    </fieldset>
  );
}
