// zh-CN / en texts of the regulations module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::regulations {

void register_texts();

void register_texts() {
  i18n::add({
      {"regulations.not_found", "制度不存在", "No such regulation"},
      {"regulations.version_not_found", "该版本不存在", "No such version"},
      {"regulations.title_required", "请填写标题", "Enter the title"},
      {"regulations.issuer_required", "请填写发布机关", "Enter the issuer"},
      {"regulations.body_required", "请填写正文", "Enter the text"},
      {"regulations.status", "状态应为 current（现行）、revised（修订）或 repealed（废止）",
       "The status is current, revised or repealed"},
      {"regulations.date_format", "日期格式应为 YYYY-MM-DD（如 2020-06-01）",
       "The date is YYYY-MM-DD (e.g. 2020-06-01)"},
      {"regulations.effective_before_issued", "施行日期不能早于发布日期",
       "The effective date cannot be before the issue date"},
      {"regulations.replaced_by_self", "制度不能被自身替代", "A regulation cannot replace itself"},
      {"regulations.replaced_by_unknown", "替代制度不存在", "No such replacing regulation"},
      {"regulations.title_by_version", "标题随新版本修改，请通过“新增版本”修改标题",
       "The title changes with a new version"},
      {"regulations.version_unchanged", "新版本与当前版本的标题和正文完全相同，未保存",
       "The new version changes nothing: title and text are the same as the current version"},
      {"regulations.query_required", "请输入检索词", "Enter a search term"},
      {"regulations.query_too_long", "检索词不能超过 {max} 个字",
       "The search term is at most {max} characters"},
      {"regulations.status.current", "现行", "Current"},
      {"regulations.status.revised", "修订", "Revised"},
      {"regulations.status.repealed", "废止", "Repealed"},
  });
}

}  // namespace md::regulations
