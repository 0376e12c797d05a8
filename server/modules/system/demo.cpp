// Demo data: a welcome notice for every demo account, so the message centre is not empty.
#include <ctime>

#include "platform/core/app.hpp"
#include "platform/messages/messages.hpp"

namespace md::system {

void load_demo(App&, db::Connection& conn, DemoReport&) {
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::vector<std::int64_t> everyone;
  for (const auto& r : conn.query("SELECT id FROM users ORDER BY id"))
    everyone.push_back(r.i64("id"));
  messages::post(
      conn,
      {"notice", "欢迎使用明灯平台",
       "明灯 · "
       "人大机关党建与代表工作平台已开通。首次登录请修改初始密码；管理员账号须绑定身份验证器。",
       "", std::nullopt},
      everyone, now);
  messages::post(
      conn,
      {"notice", "关于开展主题党日活动的通知",
       "各支部：本月主题党日定于 15 日下午举行，请按时参加并做好签到。", "", std::nullopt},
      everyone, now + 1);
}

}  // namespace md::system
