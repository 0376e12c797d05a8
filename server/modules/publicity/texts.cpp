// zh-CN / en texts of the publicity module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::publicity {

void register_texts();

void register_texts() {
  i18n::add({
      {"publicity.not_found", "文章不存在", "No such article"},
      {"publicity.title_required", "请填写标题", "Enter the title"},
      {"publicity.author_required", "请填写作者", "Enter the author"},
      {"publicity.column_unknown", "栏目应为 工作动态、代表风采、民生实事、通知公告 或 党建之窗",
       "The column is work, deputies, livelihood, notices or party"},
      {"publicity.body_required", "请填写正文（清理后正文为空）",
       "Enter the body (nothing was left after cleaning)"},
      {"publicity.body_too_long", "正文过长（最多 200000 字）",
       "The body is too long (at most 200000 characters)"},
      {"publicity.sensitive_words", "文章含有敏感词：{words}，请修改后再送审",
       "The article contains sensitive words: {words}. Change them before review"},
      {"publicity.self_review", "不能审核本人撰写或送审的文章，须由另一人审核",
       "You cannot review an article you wrote or submitted: a second person must"},
      {"publicity.not_editable", "只有草稿可以修改", "Only a draft can be changed"},
      {"publicity.reason_required", "请填写原因", "Enter the reason"},
      {"publicity.not_image", "封面和插图必须是图片（PNG、JPEG、GIF 或 WebP）",
       "Covers and pictures must be images (PNG, JPEG, GIF or WebP)"},
      {"publicity.word_too_long", "敏感词每个最多 30 字",
       "Each sensitive word has at most 30 characters"},
      {"publicity.state.draft", "草稿", "Draft"},
      {"publicity.state.review", "待审核", "In review"},
      {"publicity.state.published", "已发布", "Published"},
      {"publicity.state.withdrawn", "已撤回", "Withdrawn"},
  });
}

}  // namespace md::publicity
