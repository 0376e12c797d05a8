// Display masking of personal data (ID card numbers, phone numbers, names).
#pragma once

#include <string>
#include <string_view>

namespace md::crypto {

/// "430602199001011234" → "4306**********1234"; 8 chars or fewer fully starred, length kept.
std::string mask_id_card(std::string_view id);

/// "13812345678" → "138****5678" (first 3, last 4); 7 chars or fewer fully starred.
std::string mask_phone(std::string_view phone);

/// Keeps the first character (UTF-8 aware), stars the rest: "张三丰" → "张**"; a single one → "*".
std::string mask_name(std::string_view name);

}  // namespace md::crypto
