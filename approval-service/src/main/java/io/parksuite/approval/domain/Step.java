package io.parksuite.approval.domain;

/** A step of the application lifecycle, as requested through the API or taken by the desk itself. */
public enum Step {
    /** 创建: a draft was prepared (by the applicant, the desk, or for a signed project). */
    CREATE,
    /** 提交. */
    SUBMIT,
    /** 受理. */
    ACCEPT,
    /** 容缺受理: accepted with secondary materials missing, on a signed commitment. */
    ACCEPT_WITH_DEFICIENCY,
    /** 视为受理: no 补正 notice within 5 working days of intake, so the application counts as accepted. */
    DEEM_ACCEPTED,
    /** 不予受理. */
    REFUSE,
    /** 一次性告知补正. */
    REQUEST_SUPPLEMENT,
    /** 补正材料提交. */
    SUPPLY_SUPPLEMENT,
    /** 容缺材料补齐. */
    SUPPLY_DEFICIENCY,
    /** A department decides its task. */
    DECIDE_TASK,
    /** 特别程序开始: hearing, testing, expert review. */
    START_SPECIAL_PROCEDURE,
    /** 特别程序结束. */
    END_SPECIAL_PROCEDURE,
    /** 准予: every department approved. */
    APPROVE,
    /** 不予许可: a department denied. */
    DENY,
    /** 送达. */
    DELIVER,
    /** 归档. */
    ARCHIVE,
    /** 撤回. */
    WITHDRAW,
    /** The form was filled in or corrected before hand-in or during 补正; changes no status. */
    EDIT_FORM,
    /** A visit in person, counted for 最多跑一次; changes no status. */
    RECORD_VISIT
}
