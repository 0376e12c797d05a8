// zh-CN / en texts of the accounts module's codes.
#include "modules/accounts/module.hpp"
#include "platform/i18n/i18n.hpp"

namespace md::accounts {

void register_texts() {
  i18n::add({
      {"accounts.username_format", "用户名为 3–32 位小写字母、数字、下划线或点，以字母开头",
       "3–32 lower-case letters, digits, '_' or '.', starting with a letter"},
      {"accounts.username_taken", "该用户名已被使用", "This username is taken"},
      {"accounts.phone_format", "请输入 11 位手机号码", "Enter an 11-digit mobile number"},
      {"accounts.role_unknown", "角色不存在", "Unknown role"},
      {"accounts.role_repeated", "角色重复", "A role is listed twice"},
      {"accounts.admin_roles_separated", "系统、安全、审计管理员须由不同人员担任（三员分立）",
       "System, security and audit admin must be different people"},
      {"accounts.role_not_yours_to_give", "管理员角色只能由安全管理员分配，且不能修改自己的角色",
       "Only the security admin assigns admin roles, and nobody changes their own roles"},
      {"accounts.org_unit_unknown", "所属组织不存在", "No such organization unit"},
      {"accounts.user_not_found", "用户不存在", "No such user"},
      {"accounts.not_on_self", "不能对自己的账号执行此操作",
       "You cannot do this to your own account"},
      {"accounts.status.active", "正常", "Active"},
      {"accounts.status.disabled", "已停用", "Disabled"},
      {"auth.totp_already_enabled", "已绑定身份验证器", "An authenticator is already set up"},
      {"auth.totp_not_set_up", "请先生成身份验证器密钥", "Start the authenticator setup first"},
  });
}

}  // namespace md::accounts
