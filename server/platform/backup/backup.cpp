#include "platform/backup/backup.hpp"

#include <fcntl.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

#include "platform/backup/process.hpp"
#include "platform/crypto/base.hpp"
#include "platform/db/db.hpp"

namespace md::backup {
namespace fs = std::filesystem;
namespace {

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// A file next to `path` (same file system, so rename is atomic), removed unless released.
struct TempFile {
  std::string path;
  bool keep = false;
  explicit TempFile(const std::string& near, const std::string& what)
      : path(near + "." + what + "-" + crypto::random_token(6)) {}
  ~TempFile() {
    if (keep) return;
    std::error_code ec;
    fs::remove(path, ec);
    fs::remove(path + "-journal", ec);
    fs::remove(path + "-wal", ec);
    fs::remove(path + "-shm", ec);
  }
};

std::ofstream open_private(const std::string& path) {
  // Created 0600 before anything is written: backups hold (encrypted) personal data.
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot create " + path);
  ::chmod(path.c_str(), 0600);
  return out;
}

using SqlitePtr = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

SqlitePtr open_db(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  SqlitePtr p(db, &sqlite3_close);
  if (rc != SQLITE_OK) {
    throw std::runtime_error("cannot open " + path + ": " + (db ? sqlite3_errmsg(db) : "?"));
  }
  return p;
}

// One step over the whole database: the source stays readable and writable for the server
// (WAL mode), and the copy is one consistent snapshot. Stepping in parts would restart the copy
// each time the server commits, which under steady writes may never finish.
void sqlite_snapshot(const std::string& source, const std::string& target) {
  if (!fs::exists(source)) throw std::runtime_error("no database at " + source);
  SqlitePtr src = open_db(source, SQLITE_OPEN_READONLY);
  SqlitePtr dst = open_db(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  sqlite3_busy_timeout(src.get(), 10000);
  sqlite3_backup* b = sqlite3_backup_init(dst.get(), "main", src.get(), "main");
  if (b == nullptr) throw std::runtime_error(std::string("backup: ") + sqlite3_errmsg(dst.get()));
  int rc;
  while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) {
    throw std::runtime_error(std::string("backup failed: ") + sqlite3_errmsg(dst.get()));
  }
}

void copy_file_into(const std::string& path, Writer& w) {
  std::ifstream in(path, std::ios::binary);
  std::string buf(kChunk, '\0');
  while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
    w.write(std::string_view(buf.data(), static_cast<std::size_t>(in.gcount())));
  }
}

// A backup or a restored database must survive a power cut right after we say "done".
void fsync_path(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  const bool ok = fd >= 0 && ::fsync(fd) == 0;
  if (fd >= 0) ::close(fd);
  if (!ok) throw std::runtime_error("cannot sync " + path + ": " + std::strerror(errno));
}

void fsync_parent(const std::string& path) {
  const fs::path parent = fs::absolute(path).parent_path();
  const int fd = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

void finish_target(TempFile& partial, const std::string& target) {
  // link() fails if the target appeared meanwhile, where rename() would silently replace it.
  fsync_path(partial.path);
  if (::link(partial.path.c_str(), target.c_str()) != 0) {
    throw std::runtime_error("cannot create " + target + ": " + std::strerror(errno));
  }
  fsync_parent(target);
}

std::vector<std::pair<std::string, std::string>> pg_env(const PgTarget& t) {
  if (t.password.empty()) return {};
  return {{"PGPASSWORD", t.password}};
}

bool pg_has_tables(const std::string& url) {
  std::unique_ptr<PGconn, decltype(&PQfinish)> c(PQconnectdb(url.c_str()), &PQfinish);
  if (PQstatus(c.get()) != CONNECTION_OK) {
    throw std::runtime_error(std::string("cannot connect to PostgreSQL: ") +
                             PQerrorMessage(c.get()));
  }
  std::unique_ptr<PGresult, decltype(&PQclear)> r(
      PQexec(c.get(), "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"),
      &PQclear);
  if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) {
    throw std::runtime_error(std::string("PostgreSQL: ") + PQerrorMessage(c.get()));
  }
  return std::string(PQgetvalue(r.get(), 0, 0)) != "0";
}

}  // namespace

// Taking an exclusive lock proves that no server (or other process) has the file open: a
// running server keeps its connections open.
bool sqlite_in_use_check(const std::string& path) {
  if (!fs::exists(path) || fs::file_size(path) == 0) return false;
  SqlitePtr db = open_db(path, SQLITE_OPEN_READWRITE);
  sqlite3_busy_timeout(db.get(), 200);
  if (sqlite3_exec(db.get(), "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE", nullptr, nullptr,
                   nullptr) != SQLITE_OK) {
    throw TargetRefused("the database " + path +
                        " is in use — stop the Mingdeng server (every instance) before "
                        "restoring, then run restore again");
  }
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db.get(), "SELECT count(*) FROM sqlite_master WHERE type = 'table'", -1, &st,
                     nullptr);
  const bool has = st && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) > 0;
  sqlite3_finalize(st);
  sqlite3_exec(db.get(), "COMMIT", nullptr, nullptr, nullptr);
  return has;  // closing checkpoints and removes the WAL: the file is self-contained again
}

namespace {

void sqlite_integrity(const std::string& path) {
  SqlitePtr db = open_db(path, SQLITE_OPEN_READONLY);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db.get(), "PRAGMA integrity_check", -1, &st, nullptr);
  std::string r = st && sqlite3_step(st) == SQLITE_ROW
                      ? reinterpret_cast<const char*>(sqlite3_column_text(st, 0))
                      : "unreadable";
  sqlite3_finalize(st);
  if (r != "ok") throw std::runtime_error("the restored database fails its integrity check: " + r);
}

}  // namespace

std::string sqlite_path(const std::string& url) {
  return url.starts_with("sqlite:") ? url.substr(7) : url;
}

Outcome make_backup(const BackupRequest& rq) {
  if (fs::exists(rq.target)) throw std::runtime_error("target exists: " + rq.target);
  Outcome out;
  const bool pg = db::is_postgres_url(rq.database_url);
  out.kind = pg ? Kind::postgres : Kind::sqlite;
  if (pg && rq.plain) throw std::runtime_error("--plain is for SQLite only");
  TempFile partial(rq.target, "partial");
  if (rq.plain) {
    sqlite_snapshot(sqlite_path(rq.database_url), partial.path);
    ::chmod(partial.path.c_str(), 0600);
  } else {
    std::ofstream file = open_private(partial.path);
    Writer w(file, rq.key, Header{out.kind, rq.key_source, unix_now(), rq.tool_version});
    if (pg) {
      const PgTarget t = split_pg_url(rq.database_url);
      const int rc = run_reading({"pg_dump", "--format=custom", "--dbname=" + t.conninfo},
                                 pg_env(t), [&](std::string_view chunk) { w.write(chunk); });
      if (rc != 0) {
        throw std::runtime_error("pg_dump failed (exit " + std::to_string(rc) +
                                 "); its message is above. Is pg_dump at least the server's "
                                 "major version?");
      }
    } else {
      TempFile snapshot(rq.target, "snapshot");
      sqlite_snapshot(sqlite_path(rq.database_url), snapshot.path);
      ::chmod(snapshot.path.c_str(), 0600);
      copy_file_into(snapshot.path, w);
    }
    w.finish();
    file.close();
    if (!file) throw std::runtime_error("cannot write " + partial.path);
  }
  finish_target(partial, rq.target);
  out.bytes = fs::file_size(rq.target);
  out.detail = std::string(rq.plain ? "plain SQLite copy" : "encrypted (SM4) ") +
               (rq.plain ? "" : (pg ? "PostgreSQL dump" : "SQLite database"));
  return out;
}

Outcome restore_backup(const RestoreRequest& rq) {
  std::ifstream in(rq.source, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + rq.source);
  // First pass: the whole file is authenticated before the target is even looked at.
  const Header h = verify(in, rq.key);
  const bool pg = db::is_postgres_url(rq.database_url);
  if ((h.kind == Kind::postgres) != pg) {
    throw TargetRefused(std::string("this backup is of a ") +
                        (h.kind == Kind::postgres ? "PostgreSQL" : "SQLite") +
                        " database; --database names a " + (pg ? "PostgreSQL" : "SQLite") + " one");
  }
  Outcome out;
  out.kind = h.kind;
  if (pg) {
    if (pg_has_tables(rq.database_url) && !rq.force) {
      throw TargetRefused(
          "the target database already holds tables; add --force to "
          "replace them (stop every Mingdeng instance first)");
    }
    const PgTarget t = split_pg_url(rq.database_url);
    const int rc = run_writing({"pg_restore", "--clean", "--if-exists", "--no-owner",
                                "--single-transaction", "--dbname=" + t.conninfo},
                               pg_env(t), [&](const std::function<void(std::string_view)>& write) {
                                 decrypt(in, rq.key, [&](std::string_view chunk) {
                                   write(chunk);
                                   out.bytes += chunk.size();
                                 });
                               });
    if (rc != 0) {
      throw std::runtime_error("pg_restore failed (exit " + std::to_string(rc) +
                               "); nothing was changed (single transaction)");
    }
    out.detail = "PostgreSQL database restored with pg_restore";
    return out;
  }
  const std::string target = sqlite_path(rq.database_url);
  if (sqlite_in_use_check(target) && !rq.force) {
    throw TargetRefused("the target database " + target +
                        " already holds data; add --force to replace it");
  }
  TempFile temp(target, "restore");
  {
    std::ofstream file = open_private(temp.path);
    decrypt(in, rq.key, [&](std::string_view chunk) {
      file.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      out.bytes += chunk.size();
    });
    file.flush();
    if (!file) throw std::runtime_error("cannot write " + temp.path + " (disk full?)");
  }
  sqlite_integrity(temp.path);
  fsync_path(temp.path);
  std::error_code ec;
  fs::remove(target + "-wal", ec);  // stale journals of the replaced file must not be replayed
  fs::remove(target + "-shm", ec);
  fs::rename(temp.path, target);
  temp.keep = true;
  fsync_parent(target);
  out.detail = "SQLite database written to " + target;
  return out;
}

}  // namespace md::backup
