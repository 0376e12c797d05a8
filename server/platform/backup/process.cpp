#include "platform/backup/process.hpp"

#include <libpq-fe.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>

extern char** environ;

namespace md::backup {
namespace {

std::string quote_conninfo_value(std::string_view v) {
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "'";
}

struct Child {
  pid_t pid = -1;
  int fd = -1;  // our end of the pipe
};

// stdin_side: the child reads our pipe on its stdin; otherwise it writes to its stdout.
Child spawn(const std::vector<std::string>& argv,
            const std::vector<std::pair<std::string, std::string>>& env, bool stdin_side) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC) != 0) throw std::runtime_error("pipe: " + std::string(strerror(errno)));
  const int child_end = stdin_side ? p[0] : p[1];
  const int our_end = stdin_side ? p[1] : p[0];
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, child_end, stdin_side ? 0 : 1);
  std::vector<std::string> env_text;
  for (char** e = environ; *e != nullptr; ++e) env_text.emplace_back(*e);
  for (const auto& [k, v] : env) env_text.push_back(k + "=" + v);
  std::vector<char*> envp, args;
  for (auto& s : env_text) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_copy = argv;
  for (auto& s : argv_copy) args.push_back(s.data());
  args.push_back(nullptr);
  pid_t pid = -1;
  const int rc = posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  ::close(child_end);
  for (auto& s : env_text) std::fill(s.begin(), s.end(), '\0');  // the password was in there
  if (rc != 0) {
    ::close(our_end);
    throw std::runtime_error("cannot run " + argv[0] + ": " + strerror(rc) +
                             " (install postgresql-client)");
  }
  return {pid, our_end};
}

int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

}  // namespace

PgTarget split_pg_url(const std::string& url) {
  char* err = nullptr;
  std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> opts(
      PQconninfoParse(url.c_str(), &err), &PQconninfoFree);
  if (!opts) {
    std::string why = err ? err : "invalid";
    PQfreemem(err);
    throw std::runtime_error("bad PostgreSQL URL: " + why);
  }
  PgTarget t;
  for (auto* o = opts.get(); o->keyword != nullptr; ++o) {
    if (o->val == nullptr || *o->val == '\0') continue;
    if (std::string_view(o->keyword) == "password") {
      t.password = o->val;
      continue;
    }
    if (!t.conninfo.empty()) t.conninfo += ' ';
    t.conninfo += std::string(o->keyword) + "=" + quote_conninfo_value(o->val);
  }
  return t;
}

int run_reading(const std::vector<std::string>& argv,
                const std::vector<std::pair<std::string, std::string>>& env,
                const std::function<void(std::string_view)>& on_output) {
  Child c = spawn(argv, env, false);
  std::string buf(1 << 16, '\0');
  try {
    for (;;) {
      const ssize_t n = ::read(c.fd, buf.data(), buf.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) throw std::runtime_error("reading " + argv[0] + ": " + strerror(errno));
      if (n == 0) break;
      on_output(std::string_view(buf.data(), static_cast<std::size_t>(n)));
    }
  } catch (...) {
    ::close(c.fd);
    ::kill(c.pid, SIGTERM);
    wait_for(c.pid);
    throw;
  }
  ::close(c.fd);
  return wait_for(c.pid);
}

int run_writing(const std::vector<std::string>& argv,
                const std::vector<std::pair<std::string, std::string>>& env,
                const std::function<void(const std::function<void(std::string_view)>&)>& producer) {
  // A child that exits early must give us EPIPE, not kill us with SIGPIPE.
  struct sigaction ignore {
  }, old{};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &old);
  Child c = spawn(argv, env, true);
  const auto write_all = [&](std::string_view data) {
    while (!data.empty()) {
      const ssize_t n = ::write(c.fd, data.data(), data.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) throw std::runtime_error(argv[0] + " stopped reading: " + strerror(errno));
      data.remove_prefix(static_cast<std::size_t>(n));
    }
  };
  try {
    producer(write_all);
  } catch (...) {
    ::close(c.fd);
    ::kill(c.pid, SIGTERM);
    wait_for(c.pid);
    ::sigaction(SIGPIPE, &old, nullptr);
    throw;
  }
  ::close(c.fd);
  const int rc = wait_for(c.pid);
  ::sigaction(SIGPIPE, &old, nullptr);
  return rc;
}

}  // namespace md::backup
