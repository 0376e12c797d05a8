// zh-CN / en texts of the org module's codes (and the .xlsx reader's import.* codes).
#include "modules/org/module.hpp"
#include "platform/i18n/i18n.hpp"

namespace md::org {

void register_texts() {
  i18n::add({
      {"org.outside_scope", "超出您的管理范围（仅限本支部及下级组织）",
       "Outside your scope (your own branch and the units below it)"},
      {"org.unit_not_found", "组织不存在", "No such organization unit"},
      {"org.unit_unknown", "所选组织不存在", "The chosen organization unit does not exist"},
      {"org.unit_retired", "该组织已撤销，不能再使用", "This organization unit has been retired"},
      {"org.cycle", "不能把组织移到它自己或它的下级组织之下",
       "A unit cannot be moved under itself or one of its own sub-units"},
      {"org.has_members", "该组织还有 {count} 名在册成员，请先转出后再撤销",
       "This unit still has {count} current member(s); transfer them first"},
      {"org.has_children", "该组织还有未撤销的下级组织", "This unit still has active sub-units"},
      {"org.already_retired", "该组织已撤销", "This unit is already retired"},
      {"org.name_taken", "同一上级下已有同名组织", "A unit with this name already exists here"},
      {"org.already_member", "此人已是该组织的成员", "This person is already a member of the unit"},
      {"org.primary_exists", "此人已有所在支部，请使用组织关系转接",
       "This person already has a home branch; use a transfer instead"},
      {"org.membership_not_found", "组织关系不存在", "No such membership"},
      {"org.membership_ended", "该组织关系已结束", "This membership has already ended"},
      {"org.end_before_start", "日期不能早于开始日期", "The date is before the start date"},
      {"org.same_unit", "已在该支部，无需转接", "The person is already in this branch"},
      {"people.not_found", "人员不存在", "No such person"},
      {"people.id_card_format", "身份证号应为 18 位（末位可为 X），且含有效出生日期",
       "An ID card number has 18 characters (the last may be X) with a valid birth date"},
      {"people.id_card_checksum", "身份证号校验位不正确，请核对",
       "The ID card number's check character is wrong"},
      {"people.id_card_birth_mismatch", "身份证号中的出生日期与填写的出生日期不一致",
       "The birth date in the ID card number differs from the birth date entered"},
      {"people.id_card_gender_mismatch", "身份证号中的性别与填写的性别不一致",
       "The gender in the ID card number differs from the gender entered"},
      {"people.id_card_duplicate", "该身份证号已登记", "This ID card number is already registered"},
      {"people.date_invalid", "请输入有效日期（YYYY-MM-DD）", "Enter a valid date (YYYY-MM-DD)"},
      {"people.date_in_future", "日期不能晚于今天", "The date cannot be in the future"},
      {"people.joined_only_for_members", "只有中共党员或预备党员才填写入党日期",
       "Only CPC members and probationary members have a date of joining the Party"},
      {"people.joined_before_18", "入党日期不能早于年满 18 周岁",
       "The Party joining date cannot be before the person turned 18"},
      {"import.not_xlsx", "文件不是有效的 Excel（.xlsx）文件",
       "The file is not a valid .xlsx workbook"},
      {"import.encrypted", "文件已加密或为旧版 .xls 格式，请取消密码并另存为 .xlsx",
       "The file is password-protected or an old .xls file; remove the password and save as .xlsx"},
      {"import.bad_header",
       "表头不正确：第一行须为模板中的列名（必填列不能缺少，同一列不能出现两次），且不能有合并单元"
       "格",
       "Bad header: row 1 must name the template's columns (every required column, none twice), "
       "without merged cells"},
      {"import.too_many_rows", "数据行过多，一次最多导入 20000 行",
       "Too many rows: at most 20,000 rows per import"},
      {"import.duplicate_in_file", "身份证号与第 {row} 行重复",
       "The same ID card number as row {row}"},
      {"import.rows_invalid", "有 {count} 行数据有误，未导入任何数据，请修改后重新导入",
       "{count} row(s) have errors; nothing was imported"},
  });
}

}  // namespace md::org
