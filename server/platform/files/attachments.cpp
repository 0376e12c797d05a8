#include "platform/files/attachments.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "platform/core/app.hpp"
#include "platform/core/errors.hpp"
#include "platform/crypto/base.hpp"
#include "platform/crypto/hash.hpp"
#include "platform/http/schema.hpp"
#include "platform/settings/settings.hpp"

namespace md::files {
namespace fs = std::filesystem;
namespace {

std::mutex& owners_mutex() {
  static std::mutex m;
  return m;
}
std::map<std::string, OwnerCheck>& owners() {
  static std::map<std::string, OwnerCheck> o;
  return o;
}

OwnerCheck owner_check(const std::string& type) {
  std::lock_guard lock(owners_mutex());
  auto it = owners().find(type);
  return it == owners().end() ? OwnerCheck() : it->second;
}

bool starts(std::string_view b, std::string_view magic) {
  return b.substr(0, magic.size()) == magic;
}

// Written to a temp name, flushed to disk, then renamed: a crash never leaves a half file
// under the final name, and the database row is committed only after the rename.
void write_durably(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  fs::path tmp = path;
  tmp += ".tmp" + crypto::to_hex(crypto::random_bytes(4));
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0640);
  if (fd < 0) throw std::runtime_error("cannot create " + tmp.string());
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) {
      ::close(fd);
      fs::remove(tmp);
      throw ApiError(507, "files.storage_full");
    }
    done += static_cast<std::size_t>(n);
  }
  bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced) {
    fs::remove(tmp);
    throw ApiError(507, "files.storage_full");
  }
  fs::rename(tmp, path);
}

fs::path blob_path(const App& app, const std::string& sha) {
  return fs::path(app.config().data_dir) / "files" / sha.substr(0, 2) / sha;
}

}  // namespace

void register_owner_type(const std::string& type, OwnerCheck check) {
  std::lock_guard lock(owners_mutex());
  owners()[type] = std::move(check);
}

bool is_owner_type(const std::string& type) { return static_cast<bool>(owner_check(type)); }

std::optional<std::string> sniff_content_type(std::string_view b, std::string_view filename) {
  if (starts(b, "\x89PNG\r\n\x1a\n")) return "image/png";
  if (starts(b, "\xff\xd8\xff")) return "image/jpeg";
  if (starts(b, "GIF87a") || starts(b, "GIF89a")) return "image/gif";
  if (starts(b, "RIFF") && b.size() > 12 && b.substr(8, 4) == "WEBP") return "image/webp";
  if (starts(b, "%PDF-")) return "application/pdf";
  if (starts(b, "PK\x03\x04")) {
    // Office files are zip archives; the name tells which kind, the bytes that it is a zip.
    if (filename.ends_with(".xlsx"))
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if (filename.ends_with(".docx"))
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    return std::nullopt;
  }
  return std::nullopt;
}

namespace {

/// Validates and writes the bytes, then the row and its audit record in one transaction.
/// `uploader` is users.id, or 0 for someone without an account (see store_anonymous).
http::Json put(http::Context& ctx, const std::string& owner_type, std::int64_t owner_id,
               const std::string& filename, const std::string& bytes, std::int64_t uploader,
               const http::Json& audit_extra) {
  if (filename.empty() || http::utf8_length(filename) > 200 || !http::is_clean_utf8(filename) ||
      filename.find('/') != std::string::npos) {
    throw invalid_field("filename", "files.bad_name");
  }
  if (bytes.empty()) throw invalid_field("file", "files.empty");
  auto max_mb = ctx.settings().get_int("general.upload_max_mb");
  if (static_cast<std::int64_t>(bytes.size()) > max_mb * 1024 * 1024) {
    throw ApiError(413, "request.too_large", {{"max", std::to_string(max_mb) + " MB"}});
  }
  auto type = sniff_content_type(bytes, filename);
  if (!type) throw ApiError(415, "files.type_not_allowed");
  std::string sha = crypto::sm3_hex(bytes);
  fs::path path = blob_path(ctx.app, sha);
  if (!fs::exists(path)) write_durably(path, bytes);
  db::Transaction tx(ctx.db);
  auto row = ctx.db.query_one(
      "INSERT INTO attachments (owner_type, owner_id, name, content_type, size, sha, uploaded_by, "
      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {owner_type, owner_id, filename, *type, static_cast<std::int64_t>(bytes.size()), sha,
       uploader, ctx.now});
  http::Json j = {{"id", row->i64("id")}, {"name", filename},        {"size", bytes.size()},
                  {"contentType", *type}, {"ownerType", owner_type}, {"ownerId", owner_id}};
  http::Json audited = j;
  audited.update(audit_extra);
  ctx.audit("attachments.upload", owner_type, std::to_string(owner_id), nullptr, audited);
  tx.commit();
  return j;
}

}  // namespace

http::Json store(http::Context& ctx, const std::string& owner_type, std::int64_t owner_id,
                 const std::string& filename, const std::string& bytes) {
  auto check = owner_check(owner_type);
  if (!check) throw bad_request("files.unknown_owner_type");
  if (!check(ctx, owner_id, true)) throw forbidden();
  return put(ctx, owner_type, owner_id, filename, bytes, ctx.me().user_id, http::Json::object());
}

http::Json store_anonymous(http::Context& ctx, const std::string& owner_type, std::int64_t owner_id,
                           const std::string& filename, const std::string& bytes,
                           const std::string& actor) {
  if (!is_owner_type(owner_type)) throw bad_request("files.unknown_owner_type");
  return put(ctx, owner_type, owner_id, filename, bytes, 0, {{"uploader", actor}});
}

http::Response download(http::Context& ctx, std::int64_t attachment_id) {
  auto row = ctx.db.query_one(
      "SELECT owner_type, owner_id, name, content_type, sha FROM attachments WHERE id = ?",
      {attachment_id});
  if (!row) throw not_found();
  auto check = owner_check(row->str("owner_type"));
  if (!check || !check(ctx, row->i64("owner_id"), false)) throw forbidden();
  std::ifstream in(blob_path(ctx.app, row->str("sha")), std::ios::binary);
  if (!in) throw not_found("files.missing");
  std::ostringstream ss;
  ss << in.rdbuf();
  return http::Response::download(ss.str(), row->str("content_type"), row->str("name"));
}

http::Json list_for_owner(db::Connection& conn, const std::string& owner_type,
                          std::int64_t owner_id) {
  http::Json out = http::Json::array();
  for (const auto& r : conn.query(
           "SELECT a.id, a.name, a.content_type, a.size, a.created_at, u.display_name FROM "
           "attachments a LEFT JOIN users u ON u.id = a.uploaded_by WHERE a.owner_type = ? AND "
           "a.owner_id = ? ORDER BY a.created_at, a.id",
           {owner_type, owner_id})) {
    out.push_back({{"id", r.i64("id")},
                   {"name", r.str("name")},
                   {"contentType", r.str("content_type")},
                   {"size", r.i64("size")},
                   {"createdAt", r.i64("created_at")},
                   {"uploadedBy", r.str("display_name")}});
  }
  return out;
}

}  // namespace md::files
