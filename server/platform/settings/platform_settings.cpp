// Defaults of the security baseline (DOMAIN-RULES.md, 等保 2.0 level 3) and general settings.
#include "platform/settings/platform_settings.hpp"

#include "platform/settings/settings.hpp"

namespace md::settings {

void define_platform_settings() {
  define({
      {"security.password_min_length", "security", Type::integer, 8, 8, 64, {},
       "密码最小长度", "Minimum password length", "不少于 8 位", "At least 8"},
      {"security.password_max_age_days", "security", Type::integer, 90, 0, 365, {},
       "密码有效期（天）", "Password age limit (days)", "到期须修改密码；0 表示不限",
       "A password older than this must be changed; 0 = no limit"},
      {"security.max_login_failures", "security", Type::integer, 5, 3, 10, {},
       "登录失败锁定次数", "Failed sign-ins before lock", "连续输错密码达到此次数即锁定账号",
       "Consecutive wrong passwords that lock the account"},
      {"security.lock_minutes", "security", Type::integer, 15, 5, 1440, {},
       "锁定时长（分钟）", "Lock duration (minutes)", "", ""},
      {"security.idle_minutes", "security", Type::integer, 30, 5, 120, {},
       "空闲自动退出（分钟）", "Idle sign-out (minutes)", "无操作超过此时长自动退出登录",
       "Sign out after this long without activity"},
      {"security.totp_for_admins", "security", Type::boolean, true, {}, {}, {},
       "管理员须双因素认证", "Second factor for administrators",
       "系统、安全、审计管理员登录须输入动态码", "The three admin roles must use a one-time code"},
      {"security.login_rate_per_ip", "security", Type::integer, 30, 5, 1000, {},
       "每个 IP 每 5 分钟登录尝试上限", "Sign-in attempts per IP per 5 minutes", "", ""},
      {"general.organization_name", "general", Type::text, "岳阳市云溪区人大常委会", {}, {}, {},
       "单位名称", "Organization name", "显示在页眉和报表中", "Shown in the header and reports"},
      {"general.upload_max_mb", "general", Type::integer, 20, 1, 100, {},
       "附件大小上限（MB）", "Attachment size limit (MB)", "", ""},
  });
}

}  // namespace md::settings
