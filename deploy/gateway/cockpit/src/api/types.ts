/** The schemas the cockpit reads, from the types clients/typescript generates (npm run generate). */
import type { components as ApprovalDoc, paths as ApprovalPaths } from "../generated/approval-service.js";
import type { components as EnterpriseDoc, paths as EnterprisePaths } from "../generated/enterprise-service.js";
import type { components as IndicatorDoc, paths as IndicatorPaths } from "../generated/indicator-service.js";
import type { components as ProjectDoc, paths as ProjectPaths } from "../generated/project-service.js";

export type { ApprovalPaths, EnterprisePaths, IndicatorPaths, ProjectPaths };

export type Dashboard = IndicatorDoc["schemas"]["Dashboard"];
export type IndicatorFigure = IndicatorDoc["schemas"]["IndicatorFigure"];
export type Breakdown = IndicatorDoc["schemas"]["Breakdown"];
export type Release = IndicatorDoc["schemas"]["Release"];
export type Problem = IndicatorDoc["schemas"]["Problem"];
export type Ranking = IndicatorDoc["schemas"]["Ranking"];
export type KeyEnterprises = IndicatorDoc["schemas"]["KeyEnterprises"];

export type PipelineBoard = ProjectDoc["schemas"]["PipelineBoard"];
export type PipelineStage = ProjectDoc["schemas"]["PipelineStage"];
export type ConferenceSummary = ProjectDoc["schemas"]["ConferenceSummary"];
export type PageConference = ProjectDoc["schemas"]["PageConference"];
export type Project = ProjectDoc["schemas"]["Project"];
export type ProjectDurations = ProjectDoc["schemas"]["ProjectDurations"];

export type DesignationCount = EnterpriseDoc["schemas"]["DesignationCount"];
export type PlatformCounts = EnterpriseDoc["schemas"]["PlatformCounts"];
export type ParkTitleCounts = EnterpriseDoc["schemas"]["ParkTitleCounts"];

export type WeeklyApplications = ApprovalDoc["schemas"]["WeeklyApplications"];
export type ReminderBoard = ApprovalDoc["schemas"]["ReminderBoard"];
