/** The page's own words in Chinese (the default) and English; figures' names come from the API. */
import type { Lang } from "./format.js";

const TEXT = {
  title: { zh: "园区驾驶舱", en: "Park cockpit" },
  period: { zh: "月份", en: "Month" },
  year: { zh: "年", en: "Year" },
  language: { zh: "English", en: "中文" },
  languageHint: { zh: "Switch to English", en: "切换为中文" },
  overview: { zh: "全部", en: "All panels" },
  headline: { zh: "经济指标", en: "Headline board" },
  chains: { zh: "产业链", en: "Industry chains" },
  pipeline: { zh: "项目建设", en: "Project pipeline" },
  desk: { zh: "一站式服务", en: "One-stop desk" },
  base: { zh: "企业基础", en: "Enterprise base" },
  key: { zh: "重点企业", en: "Key enterprises" },
  tokenLabel: { zh: "访问令牌（Bearer）", en: "Access token (bearer)" },
  tokenPlaceholder: { zh: "粘贴 deploy/suite token <角色> 输出的令牌", en: "Paste a token, e.g. from deploy/suite token <role>" },
  tokenSave: { zh: "使用令牌", en: "Use token" },
  tokenClear: { zh: "退出", en: "Sign out" },
  tokenNone: { zh: "未登录", en: "Not signed in" },
  tokenExpired: { zh: "令牌已过期，请重新粘贴", en: "The token has expired: paste a new one" },
  tokenInvalid: { zh: "这不是可读的 JWT 令牌", en: "That is not a readable JWT" },
  tokenRoles: { zh: "角色", en: "Roles" },
  tokenStored: { zh: "令牌只保存在本标签页的会话存储中", en: "The token is kept in this tab's session storage only" },
  signIn: { zh: "统一身份认证登录", en: "Sign in" },
  signInExpired: { zh: "登录已过期，请重新登录", en: "The sign-in has expired: sign in again" },
  signInFailed: { zh: "登录失败", en: "Sign-in failed" },
  errorSignIn: { zh: "请先登录", en: "Sign in first" },
  loading: { zh: "加载中…", en: "Loading…" },
  table: { zh: "表格", en: "Table" },
  chart: { zh: "图表", en: "Chart" },
  exportPng: { zh: "导出PNG", en: "Export PNG" },
  empty: { zh: "暂无数据", en: "No data" },
  value: { zh: "当月", en: "Month" },
  ytd: { zh: "累计", en: "Year to date" },
  growth: { zh: "同比", en: "Year on year" },
  rank: { zh: "排名", en: "Rank" },
  park: { zh: "园区", en: "Park" },
  ownPark: { zh: "本园区", en: "this park" },
  ranking: { zh: "国家级园区排名：{indicator}累计增速", en: "National-level parks by year-to-date growth: {indicator}" },
  rankOf: { zh: "第{rank}位 / {of}个国家级园区", en: "{rank} of {of} national-level parks" },
  target: { zh: "目标完成", en: "Of target" },
  targetValue: { zh: "年度目标", en: "Annual target" },
  estimate: { zh: "估算", en: "estimate" },
  withheldNote: { zh: "部分数据依法不予公开", en: "Some figures are withheld" },
  chainOutput: { zh: "各产业链规模工业总产值（近24个月）", en: "Industrial output by chain (24 months)" },
  chainGrowth: { zh: "各产业链累计增速", en: "Year-to-date growth by chain" },
  chainShare: { zh: "各产业链产值占比", en: "Share of output by chain" },
  chainLine: { zh: "20%增速线", en: "20% growth line" },
  chain: { zh: "产业链", en: "Chain" },
  share: { zh: "占比", en: "Share" },
  funnel: { zh: "项目推进漏斗（到达或越过该阶段）", en: "Pipeline funnel (at or beyond each stage)" },
  stage: { zh: "阶段", en: "Stage" },
  amountsByStage: { zh: "各阶段计划与完成投资", en: "Planned and completed investment by stage" },
  projectsAtStage: { zh: "本阶段项目", en: "Projects at stage" },
  projectsReached: { zh: "到达或越过", en: "At or beyond" },
  planned: { zh: "计划投资", en: "Planned investment" },
  completed: { zh: "完成投资", en: "Completed investment" },
  conference: { zh: "签约大会", en: "Signing conference" },
  conferenceProjects: { zh: "签约项目", en: "Projects signed" },
  conferenceFortune: { zh: "世界500强或上市公司", en: "Fortune 500 or listed" },
  conferenceLeading: { zh: "龙头企业", en: "Leading enterprises" },
  conferenceMajor: { zh: "10亿元以上", en: "≥ 1 bn yuan" },
  conferenceLarge: { zh: "1亿元以上", en: "≥ 100 m yuan" },
  conferenceTotal: { zh: "计划总投资", en: "Total planned investment" },
  conferenceNone: { zh: "尚无签约大会", en: "No signing conference yet" },
  durations: { zh: "签约到投产用时（天）", en: "Signing to production (days)" },
  project: { zh: "项目", en: "Project" },
  days: { zh: "天数", en: "Days" },
  workingDays: { zh: "工作日", en: "Working days" },
  fastest: { zh: "最快", en: "fastest" },
  durationsNone: { zh: "尚无投产项目", en: "No project has reached production yet" },
  durationsCapped: { zh: "仅显示最近投产的{n}个项目", en: "Only the {n} most recent projects in production are shown" },
  deskWorkingDays: { zh: "平均办理时间与承诺时限", en: "Average working days against promised" },
  actual: { zh: "实际平均", en: "Actual average" },
  promised: { zh: "承诺时限平均", en: "Promised average" },
  deskNoApplications: { zh: "本期尚无办件数据", en: "No applications recorded for this period" },
  perWeek: { zh: "每周办件量", en: "Applications per week" },
  remindersToday: { zh: "今日到期提醒", en: "Reminders due today" },
  remindersNone: { zh: "今日没有到期或超期的办件", en: "No task is due today or overdue" },
  remindersTotals: { zh: "{on}：今日到期 {due} 件，已超期 {overdue} 件，今日已催办 {sent} 次", en: "{on}: {due} due today, {overdue} overdue, {sent} reminders sent today" },
  remindersCentre: { zh: "跨部门催办情况仅向政务服务中心展示", en: "Reminders across departments are shown to the service centre only" },
  submitted: { zh: "提交", en: "Submitted" },
  accepted: { zh: "受理", en: "Accepted" },
  concluded: { zh: "办结", en: "Concluded" },
  denied: { zh: "不予许可", en: "Denied" },
  week: { zh: "周", en: "Week" },
  applications: { zh: "件", en: "Applications" },
  department: { zh: "部门", en: "Department" },
  dueToday: { zh: "今日到期", en: "Due today" },
  overdue: { zh: "已超期", en: "Overdue" },
  remindersSent: { zh: "今日催办", en: "Reminders sent" },
  aboveScale: { zh: "规模以上工业企业", en: "Above-scale industrial enterprises" },
  highTech: { zh: "高新技术企业", en: "High-tech enterprises" },
  smartPilot: { zh: "智能制造试点示范企业", en: "Smart-manufacturing pilots" },
  newlyGranted: { zh: "当年新增", en: "new this year" },
  platformsByLevel: { zh: "创新平台（按级别）", en: "Innovation platforms by level" },
  titlesByLevel: { zh: "园区荣誉（按级别）", en: "Park titles by level" },
  level: { zh: "级别", en: "Level" },
  count: { zh: "数量", en: "Count" },
  keyTitle: { zh: "{indicator}{ytd}累计前{n}家企业", en: "Top {n} enterprises by {indicator}, {ytd}" },
  keyNone: { zh: "本期没有企业报送该指标", en: "No enterprise reported this figure for the period" },
  keyNote: { zh: "企业级数据，仅统计部门可见；查询已记入审计日志", en: "Enterprise-level figures, for the statistics office only; every read is audited" },
  enterprise: { zh: "企业", en: "Enterprise" },
  priorYtd: { zh: "上年同期", en: "Same period last year" },
  errorNoToken: { zh: "请先粘贴访问令牌", en: "Paste an access token first" },
  error401: { zh: "令牌无效或已过期，请重新粘贴令牌", en: "The token was refused (invalid or expired): paste a new one" },
  error403: { zh: "当前角色无权查看此内容", en: "Your role may not see this" },
  errorNotReleased: { zh: "{period}的数据尚未正式发布", en: "The figures of {period} are not released yet" },
  error404: { zh: "未找到：{what}", en: "Not found: {what}" },
  error429: { zh: "请求过于频繁，请稍后重试", en: "Too many requests: try again shortly" },
  errorUnavailable: { zh: "服务暂不可用：{what}", en: "Service unavailable: {what}" },
  errorNetwork: { zh: "无法连接网关", en: "The gateway cannot be reached" },
  errorOther: { zh: "请求失败（{status}）：{what}", en: "Request failed ({status}): {what}" },
  asOfToday: { zh: "项目数据为当前状态，不随所选月份变化", en: "Project figures stand as of today, whatever the month chosen" },
  baseYear: { zh: "{year}年", en: "{year}" },
  keyHidden: { zh: "当前角色查看的是经披露控制的汇总数据", en: "Your role sees the disclosure-controlled aggregates" },
  retry: { zh: "重试", en: "Retry" },
} as const satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXT;

/** A phrase in the language, with {name} placeholders filled in. */
export function t(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Industry chains (产业链) by code, as enterprise-service's reference data names them. */
const CHAINS: Record<string, Record<Lang, string>> = {
  NONFERROUS_ADVANCED_MANUFACTURING: { zh: "有色金属新材料暨先进制造", en: "Nonferrous materials & advanced manufacturing" },
  FOOD_PROCESSING: { zh: "食品加工", en: "Food processing" },
  ELECTRONIC_INFORMATION: { zh: "电子信息", en: "Electronic information" },
  THIRD_GENERATION_SEMICONDUCTORS: { zh: "第三代半导体", en: "Third-generation semiconductors" },
  ARTIFICIAL_INTELLIGENCE: { zh: "人工智能", en: "Artificial intelligence" },
  INDUSTRIAL_INTERNET: { zh: "工业互联网", en: "Industrial internet" },
  BIOMEDICINE: { zh: "生物医药", en: "Biomedicine" },
  INTEGRATED_CIRCUITS: { zh: "集成电路", en: "Integrated circuits" },
};

export const CHAIN_CODES = Object.keys(CHAINS);

/** The breakdown's member for enterprises in no chain; no chain of its own. */
const NO_CHAIN: Record<Lang, string> = { zh: "未归属产业链", en: "No chain" };

export function chainName(code: string, lang: Lang): string {
  return CHAINS[code]?.[lang] ?? (code === "UNCLASSIFIED" ? NO_CHAIN[lang] : code);
}

const LEVELS: Record<string, Record<Lang, string>> = {
  NATIONAL: { zh: "国家级", en: "National" },
  PROVINCIAL: { zh: "省级", en: "Provincial" },
  MUNICIPAL: { zh: "市级", en: "Municipal" },
};

export function levelName(code: string, lang: Lang): string {
  return LEVELS[code]?.[lang] ?? code;
}

const STAGES: Record<string, Record<Lang, string>> = {
  LEAD: { zh: "线索", en: "Lead" },
  NEGOTIATING: { zh: "在谈", en: "Negotiating" },
  SIGNED: { zh: "签约", en: "Signed" },
  APPROVING: { zh: "审批", en: "Approving" },
  CONSTRUCTION: { zh: "开工", en: "Construction" },
  PRODUCTION: { zh: "投产", en: "Production" },
  FULL_PRODUCTION: { zh: "达产", en: "Full production" },
  STALLED: { zh: "停滞", en: "Stalled" },
  TERMINATED: { zh: "终止", en: "Terminated" },
};

export function stageName(code: string, lang: Lang, served?: string): string {
  return lang === "zh" ? (served ?? STAGES[code]?.zh ?? code) : (STAGES[code]?.en ?? code);
}
