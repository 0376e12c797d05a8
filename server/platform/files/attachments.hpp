#pragma once
// Attachments: stored outside the web root as content-addressed files (data/files/ab/<sm3>),
// type decided by the bytes rather than the name, and served only after the owning object's
// permission check, which each owner type registers.
#include <functional>
#include <optional>
#include <string>

#include "platform/http/context.hpp"

namespace md::files {

/// May the user read (write=false) or attach to (write=true) this owner object?
using OwnerCheck = std::function<bool(http::Context& ctx, std::int64_t owner_id, bool write)>;

/// Registers the permission check of an owner type (modules call this at registration).
void register_owner_type(const std::string& type, OwnerCheck check);
/// True when the owner type is registered.
bool is_owner_type(const std::string& type);

/// The MIME type the content really has, among the accepted ones; nullopt otherwise. Pure.
std::optional<std::string> sniff_content_type(std::string_view bytes, std::string_view filename);

/// Stores an upload for the owner after the owner's write check; returns its JSON description.
http::Json store(http::Context& ctx, const std::string& owner_type, std::int64_t owner_id,
                 const std::string& filename, const std::string& bytes);
/// For someone without an account (a voter adding photos to their own new opinion): the
/// caller has already proved the upload belongs to this owner (e.g. by the voter's query code),
/// so no owner check runs. Stored with uploaded_by 0; `actor` names who it was ("voter") in
/// the audit record. Same name, size and type checks as store().
http::Json store_anonymous(http::Context& ctx, const std::string& owner_type, std::int64_t owner_id,
                           const std::string& filename, const std::string& bytes,
                           const std::string& actor);
/// The owner's files, oldest first: [{id, name, contentType, size, createdAt, uploadedBy}]
/// (the caller has checked that the user may read the owner).
http::Json list_for_owner(db::Connection& conn, const std::string& owner_type,
                          std::int64_t owner_id);
/// The file as a download after the owner's read check.
http::Response download(http::Context& ctx, std::int64_t attachment_id);

}  // namespace md::files
