package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationTask;

import java.time.LocalDate;
import java.util.List;

/**
 * Generates the written notices (文书) of the Administrative Licensing Law that each step gives the
 * applicant: 受理通知书, 容缺受理通知书, 不予受理通知书, 补正材料通知书, 特别程序告知书, 准予/不予许可决定书, 送达回证.
 */
final class Notices {

    private Notices() {
    }

    static Notice submitted(Application a) {
        return new Notice("接件回执", head(a) + "本机关已收到您提交的申请材料，接件日期 " + a.intakeDate
                + "。本机关将在五个工作日内作出是否受理的决定或一次性告知需补正的全部内容。");
    }

    static Notice accepted(Application a) {
        return new Notice("受理通知书", head(a) + "您的申请材料齐全、符合法定形式，本机关决定予以受理，受理日期 "
                + a.acceptedOn + "，承诺办结时限 " + a.promisedLimitDays + " 个工作日（" + a.promisedDeadline + " 前）。");
    }

    static Notice deemedAccepted(Application a) {
        return new Notice("受理通知书（视为受理）", head(a) + "本机关未在收到申请材料之日起五个工作日内一次性告知补正内容，依据"
                + "《中华人民共和国行政许可法》第三十二条，自收到申请材料之日起即为受理。承诺办结日期 " + a.promisedDeadline + "。");
    }

    static Notice acceptedWithDeficiency(Application a) {
        return new Notice("容缺受理通知书", head(a) + "您的申请主要材料齐全，次要材料暂缺："
                + String.join("、", a.deficiency.missingMaterialCodes()) + "。根据您签署的承诺（" + a.deficiency.commitment()
                + "），本机关予以容缺受理，请于 " + a.deficiency.dueOn() + " 前补齐；承诺办结日期 " + a.promisedDeadline + "。");
    }

    static Notice refused(Application a, String reason) {
        return new Notice("不予受理通知书", head(a) + "经审查，您的申请不予受理，理由：" + reason
                + "。如不服本决定，可依法申请行政复议或者提起行政诉讼。");
    }

    static Notice supplementRequested(Application a, List<String> items, String note) {
        return new Notice("补正材料通知书", head(a) + "您提交的申请材料不齐全或者不符合法定形式，请一次性补正以下内容："
                + String.join("、", items) + (note == null || note.isBlank() ? "" : "（" + note + "）")
                + "。请于 " + a.supplementDueOn + " 前补正；补正材料齐全后本机关将及时作出受理决定。");
    }

    static Notice specialProcedure(Application a, String kind, String reason) {
        return new Notice("特别程序告知书", head(a) + "您的申请需要进行" + label(kind) + "（" + reason
                + "），所需时间不计入办理时限。");
    }

    static Notice specialProcedureEnded(Application a) {
        return new Notice("特别程序结束告知书", head(a) + "特别程序已结束，办理时限继续计算，承诺办结日期调整为 "
                + a.promisedDeadline + "。");
    }

    static Notice decision(Application a, List<ApplicationTask> tasks) {
        boolean approved = "approved".equals(a.result);
        StringBuilder opinions = new StringBuilder();
        tasks.forEach(t -> opinions.append(t.department).append("：").append(t.status == io.parksuite.approval.domain.TaskStatus.APPROVED ? "同意" : "不同意")
                .append(t.opinion == null || t.opinion.isBlank() ? "" : "（" + t.opinion + "）").append("；"));
        return new Notice(approved ? "准予行政许可决定书" : "不予行政许可决定书", head(a)
                + (approved ? "经审查，您的申请符合法定条件、标准，本机关决定准予。" : "经审查，您的申请不符合法定条件、标准，本机关决定不予许可，"
                + "如不服本决定，可依法申请行政复议或者提起行政诉讼。") + "各部门意见：" + opinions
                + "用时 " + a.workingDaysUsed + " 个工作日（承诺 " + a.promisedLimitDays + " 个工作日）。");
    }

    static Notice delivered(Application a, String method, LocalDate on) {
        return new Notice("送达回证", head(a) + "本机关已于 " + on
                + " 以" + ("POST".equals(method) ? "邮寄" : "COUNTER".equals(method) ? "窗口领取" : "电子送达")
                + "方式送达办理结果。");
    }

    private static String head(Application a) {
        return a.applicantName + "：（办件编号 " + a.referenceNumber + "）";
    }

    private static String label(String kind) {
        return switch (kind) {
            case "HEARING" -> "听证";
            case "TESTING" -> "检验检测";
            case "EXPERT_REVIEW" -> "专家评审";
            case "ON_SITE_INSPECTION" -> "现场勘验";
            default -> kind;
        };
    }
}
