#pragma once
// Dates as people in China read them (UTC+8, no daylight saving), in one place: lists,
// exports, "today" for validation and deadlines, and day filters.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace md {

/// unix seconds formatted with strftime `format` in China time.
std::string china_format(std::int64_t unix_seconds, const char* format);
/// "2026-11-28" for the China-time day of `unix_seconds`.
std::string china_date(std::int64_t unix_seconds);
/// "2026-11-28 14:05:09" in China time.
std::string china_datetime(std::int64_t unix_seconds);
/// Unix seconds at 00:00 China time of a "YYYY-MM-DD" day; nullopt unless a real date.
std::optional<std::int64_t> china_day_start(std::string_view date);

}  // namespace md
