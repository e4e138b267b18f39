/**
 * Every UI string, in English and Simplified Chinese. Keys are grouped by screen. A missing key in either
 * language is a type error, so both stay complete.
 */
const en = {
  "app.name": "Podium",
  "app.tagline": "Learn Kubernetes on your own simulated cluster.",
  "nav.home": "Home",
  "nav.courses": "Courses",
  "nav.teach": "Cohorts",
  "nav.admin": "Admin",
  "nav.logout": "Sign out",
  "nav.language": "Language",
  "nav.theme": "Theme",
  "nav.skip": "Skip to content",
  "theme.light": "Light",
  "theme.dark": "Dark",
  "theme.system": "System",
  "form.username": "Username",
  "form.displayName": "Display name",
  "form.password": "Password",
  "form.passwordHint": "At least 8 characters.",
  "form.submitting": "Working…",
  "login.title": "Sign in",
  "login.submit": "Sign in",
  "login.noAccount": "New here? Join with the code your teacher gave you.",
  "setup.title": "Welcome to Podium",
  "setup.intro": "No account exists yet. Create the administrator account for this installation.",
  "setup.submit": "Create administrator",
  "join.title": "Join a cohort",
  "join.intro": "Enter the join code from your teacher and choose your account details.",
  "join.code": "Join code",
  "join.submit": "Join and create account",
  "join.haveAccount": "Already have an account? Sign in.",
  "home.welcome": "Welcome, {name}",
  "home.student": "Open your course to start the lab. Your cluster and progress are saved as you go.",
  "home.teacher": "Create a cohort, share its join code, and watch your students progress.",
  "home.admin": "Create teacher accounts and look after this installation.",
  "admin.title": "Administration",
  "admin.users": "Users",
  "admin.newUser": "Create an account",
  "admin.role": "Role",
  "admin.create": "Create account",
  "admin.created": "Account {username} created.",
  "role.admin": "Administrator",
  "role.teacher": "Teacher",
  "role.student": "Student",
  "teach.title": "Cohorts",
  "teach.new": "New cohort",
  "teach.name": "Cohort name",
  "teach.create": "Create cohort",
  "teach.joinCode": "Join code",
  "teach.students": "Students",
  "teach.none": "No cohorts yet.",
  "error.generic": "Something went wrong. Try again.",
} as const;

export type MessageKey = keyof typeof en;

const zhCN: Record<MessageKey, string> = {
  "app.name": "Podium",
  "app.tagline": "在属于你自己的模拟集群上学习 Kubernetes。",
  "nav.home": "首页",
  "nav.courses": "课程",
  "nav.teach": "班级",
  "nav.admin": "管理",
  "nav.logout": "退出登录",
  "nav.language": "语言",
  "nav.theme": "主题",
  "nav.skip": "跳到正文",
  "theme.light": "浅色",
  "theme.dark": "深色",
  "theme.system": "跟随系统",
  "form.username": "用户名",
  "form.displayName": "显示名称",
  "form.password": "密码",
  "form.passwordHint": "至少 8 个字符。",
  "form.submitting": "处理中…",
  "login.title": "登录",
  "login.submit": "登录",
  "login.noAccount": "第一次使用？用老师给你的加入码加入。",
  "setup.title": "欢迎使用 Podium",
  "setup.intro": "目前还没有任何账号。请为这个站点创建管理员账号。",
  "setup.submit": "创建管理员",
  "join.title": "加入班级",
  "join.intro": "输入老师给你的加入码，并设置你的账号信息。",
  "join.code": "加入码",
  "join.submit": "加入并创建账号",
  "join.haveAccount": "已有账号？去登录。",
  "home.welcome": "欢迎，{name}",
  "home.student": "打开课程即可开始实验。你的集群和进度会随时自动保存。",
  "home.teacher": "创建班级、分享加入码，实时查看学生的进度。",
  "home.admin": "创建教师账号，管理这个站点。",
  "admin.title": "系统管理",
  "admin.users": "用户",
  "admin.newUser": "创建账号",
  "admin.role": "角色",
  "admin.create": "创建账号",
  "admin.created": "账号 {username} 已创建。",
  "role.admin": "管理员",
  "role.teacher": "教师",
  "role.student": "学生",
  "teach.title": "班级",
  "teach.new": "新建班级",
  "teach.name": "班级名称",
  "teach.create": "创建班级",
  "teach.joinCode": "加入码",
  "teach.students": "学生",
  "teach.none": "还没有班级。",
  "error.generic": "出错了，请重试。",
};

export const MESSAGES = { en, "zh-CN": zhCN } as const;
export type Locale = keyof typeof MESSAGES;

export function translate(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text: string = MESSAGES[locale]?.[key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

export function pickLocale(value: string | undefined | null, acceptLanguage?: string | null): Locale {
  if (value === "zh-CN" || value === "en") return value;
  return acceptLanguage && /^zh\b/i.test(acceptLanguage.trim()) ? "zh-CN" : "en";
}
