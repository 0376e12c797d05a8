// zh-CN / en texts of the system module's codes.
#include "platform/i18n/i18n.hpp"

namespace md::system {

void register_texts() {
  i18n::add({
      {"messages.not_found", "消息不存在", "No such message"},
      {"messages.no_recipients", "没有符合条件的接收人", "No recipients match"},
      {"messages.outside_scope", "只能向本支部范围内的人员发送通知",
       "You can only notify people within your own branch"},
      {"files.unknown_owner_type", "附件所属对象类型无效", "Unknown attachment owner type"},
      {"files.bad_name", "文件名无效", "Invalid file name"},
      {"files.empty", "文件为空", "The file is empty"},
      {"files.type_not_allowed", "只允许上传图片（PNG/JPEG/GIF/WebP）、PDF、Word 或 Excel 文件",
       "Only images (PNG/JPEG/GIF/WebP), PDF, Word or Excel files are allowed"},
      {"files.storage_full", "存储空间不足，文件未保存", "Storage is full; the file was not saved"},
      {"files.missing", "文件已丢失，请联系管理员",
       "The file is missing; contact the administrator"},
  });
}

}  // namespace md::system
