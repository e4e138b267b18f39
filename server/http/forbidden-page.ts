import type { CurrentUser } from "../auth/roles";

/** The plain 403 page: served by the pipeline itself, so a refused page never reaches Next. */
export function forbiddenPage(user: CurrentUser | null): string {
  const zh = user?.locale === "zh-CN";
  const title = zh ? "没有权限" : "Not allowed";
  const text = zh ? "你的账号不能打开这个页面。" : "Your account cannot open this page.";
  const back = zh ? "返回首页" : "Back to the start page";
  return `<!doctype html><html lang="${zh ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>403 ${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem">
<h1>403 · ${title}</h1><p>${text}</p><p><a href="/">${back}</a></p></body></html>`;
}
