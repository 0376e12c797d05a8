#pragma once
// Accountability decisions (R5.2), pure: the forms of internal handling and the checks of a
// record's fields.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace md::accountability {

/// criticism 批评教育, admonition 诫勉谈话, self_examination 责令检查, circulated 通报批评,
/// organizational 组织处理, disciplinary 纪律处分 — from the mildest.
const std::vector<std::string>& forms();
bool is_form(std::string_view form);

/// Field errors (field, code): a known form, a reason, a valid decision date not after today.
std::vector<std::pair<std::string, std::string>> check_record(std::string_view form,
                                                              std::string_view reason,
                                                              std::string_view decided_on,
                                                              std::string_view decided_by,
                                                              std::string_view today);

}  // namespace md::accountability
