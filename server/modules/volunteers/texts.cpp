// zh-CN / en texts of the volunteers module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::volunteers {

void register_texts();

void register_texts() {
  i18n::add({
      {"volunteers.activity_not_found", "志愿服务活动不存在", "No such volunteer activity"},
      {"volunteers.member_not_found", "志愿服务队队员不存在", "No such team member"},
      {"volunteers.signup_not_found", "该队员未报名此活动", "This member has not signed up"},
      {"volunteers.person_unknown", "人员不存在", "No such person"},
      {"volunteers.member_twice", "此人已是志愿服务队队员", "Already a member of the team"},
      {"volunteers.member_has_signups", "该队员已有活动报名记录，不能移出",
       "This member has sign-ups and cannot be removed"},
      {"volunteers.not_in_team", "只有志愿服务队队员才能报名",
       "Only members of the volunteer team can sign up"},
      {"volunteers.title_required", "请填写活动名称", "Enter the title"},
      {"volunteers.kind", "类别应为 community（进社区）、enterprise（进企业）或 village（进村组）",
       "The kind is community, enterprise or village"},
      {"volunteers.date_format", "日期格式应为 YYYY-MM-DD（如 2026-12-01）",
       "The date is YYYY-MM-DD (e.g. 2026-12-01)"},
      {"volunteers.place_required", "请填写活动地点", "Enter the place"},
      {"volunteers.capacity_range", "名额应在 0（不限）至 10000 之间",
       "Places are between 0 (no limit) and 10000"},
      {"volunteers.cap_range", "每人计时上限应在 0（不限）至 1440 分钟之间",
       "The cap per person is between 0 (none) and 1440 minutes"},
      {"volunteers.capacity_below", "名额不能少于已报名人数（{taken} 人）",
       "Places cannot be fewer than the {taken} already signed up"},
      {"volunteers.has_attendance", "该活动已登记服务时长，不能删除",
       "Attendance has been recorded; the activity cannot be deleted"},
      {"volunteers.signup_twice", "您已报名此活动，请勿重复报名",
       "You have already signed up for this activity"},
      {"volunteers.signup_past", "活动已结束，不能再报名", "The activity is over"},
      {"volunteers.full", "名额已满（共 {capacity} 人）",
       "The activity is full ({capacity} places)"},
      {"volunteers.attendance_recorded", "已登记服务时长，不能取消报名",
       "Attendance is recorded; the sign-up cannot be cancelled"},
      {"volunteers.not_yet", "活动当天或之后才能登记服务时长",
       "Attendance is recorded on or after the activity's day"},
      {"volunteers.minutes_negative", "服务时长不能为负数", "The time served cannot be negative"},
      {"volunteers.minutes_day", "一天的服务时长不能超过 24 小时（1440 分钟）",
       "No more than 24 hours (1440 minutes) a day"},
      {"volunteers.minutes_day_total", "加上同一天其他活动的 {other} 分钟，服务时长超过了 24 小时",
       "With the {other} minutes of other activities that day, this exceeds 24 hours"},
      {"volunteers.kind.community", "进社区", "In the community"},
      {"volunteers.kind.enterprise", "进企业", "In enterprises"},
      {"volunteers.kind.village", "进村组", "In villages"},
  });
}

}  // namespace md::volunteers
