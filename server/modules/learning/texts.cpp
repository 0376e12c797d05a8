// zh-CN / en texts of the learning module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::learning {

void register_texts() {
  i18n::add({
      {"learning.plan_not_found", "学习计划不存在", "No such learning plan"},
      {"learning.law_not_found", "该月学法内容不存在", "No such law of the month"},
      {"learning.no_quiz", "本月学法没有测试题", "This law has no quiz"},
      {"learning.unit_unknown", "组织不存在", "No such organization unit"},
      {"learning.out_of_scope", "只能管理本支部（含所属党小组）的学习",
       "You may only manage your own branch's learning"},
      {"learning.laws_whole_scope", "“一月一法”及测试题由机关统一安排，支部不能修改",
       "The law of the month and its quiz are set for the whole office, not by a branch"},
      {"learning.plan_has_records", "已有学习记录关联此计划，不能删除",
       "Study records refer to this plan: it cannot be deleted"},
      {"learning.month_format", "月份格式应为 YYYY-MM（如 2026-03）",
       "The month is YYYY-MM (e.g. 2026-03)"},
      {"learning.month_taken", "{month} 已安排了学习的法律，每月只学一部法",
       "{month} already has its law: one law a month"},
      {"learning.date_format", "日期格式应为 YYYY-MM-DD", "The date is YYYY-MM-DD"},
      {"learning.date_future", "学习日期不能晚于今天", "The study day cannot be in the future"},
      {"learning.no_person", "您的账号未关联人员档案，无法记录学习，请联系管理员",
       "Your account has no person record, so no study can be recorded: ask an administrator"},
      {"learning.quiz_shape", "第 {n} 题格式不正确（需要题干、题型、选项和答案）",
       "Question {n} is malformed (text, kind, options and answer are needed)"},
      {"learning.quiz_count", "测试题应有 1 至 50 道", "A quiz has 1 to 50 questions"},
      {"learning.quiz_text", "第 {n} 题：题干应为 1 至 500 个字",
       "Question {n}: the text is 1 to 500 characters"},
      {"learning.quiz_options", "第 {n} 题：选项应有 2 至 8 个，每个 1 至 200 个字",
       "Question {n}: 2 to 8 options of 1 to 200 characters"},
      {"learning.quiz_single", "第 {n} 题：单选题须有且只有一个正确答案",
       "Question {n}: a single-choice question has exactly one right answer"},
      {"learning.quiz_answer", "第 {n} 题：正确答案须从选项中选择，且不能重复",
       "Question {n}: the answers must be distinct options of the question"},
      {"learning.answers_shape", "答卷格式不正确", "The answers are malformed"},
      {"learning.answers_count", "请回答全部 {n} 道题（未作答的题提交空选项）",
       "Answer all {n} questions (an unanswered one as an empty list)"},
  });
}

}  // namespace md::learning
