#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "platform/core/module.hpp"
#include "platform/core/tenancy.hpp"
#include "platform/db/migrate.hpp"

namespace md::tenancy {
namespace {

TEST(Tenancy, CodesAreSafeForSchemaAndFileNames) {
  EXPECT_TRUE(valid_code("luokou"));
  EXPECT_TRUE(valid_code("d2_east"));
  EXPECT_FALSE(valid_code("x"));                     // too short
  EXPECT_FALSE(valid_code("2nd"));                   // starts with a digit
  EXPECT_FALSE(valid_code("a;drop schema public"));  // would reach DDL
  EXPECT_FALSE(valid_code("../etc"));                // would reach a file path
  EXPECT_FALSE(valid_code("Luokou"));                // one spelling per tenant
  EXPECT_FALSE(valid_code(std::string(32, 'a')));
}

TEST(Tenancy, HostsCompareWithoutPortCaseOrTrailingDot) {
  EXPECT_EQ(normalize_host("LuoKou.Example.gov.cn:8443"), "luokou.example.gov.cn");
  EXPECT_EQ(normalize_host("a.example."), "a.example");
  EXPECT_EQ(normalize_host(" a.example "), "a.example");
  EXPECT_EQ(normalize_host("[::1]:8080"), "[::1]");
}

TEST(Tenancy, DefaultDatabaseIsASchemaOrAFileBesideHome) {
  EXPECT_EQ(database_for("/var/lib/mingdeng/mingdeng.db", "luokou"),
            "/var/lib/mingdeng/tenants/luokou.db");
  EXPECT_EQ(database_for("sqlite:data/m.db", "a1"), "data/tenants/a1.db");
  EXPECT_EQ(database_for("postgresql://u@h1:5432,h2:5432/md?target_session_attrs=read-write", "ab"),
            "postgresql://u@h1:5432,h2:5432/md?target_session_attrs=read-write"
            "&options=-csearch_path%3Dt_ab%2Cpublic");
  EXPECT_EQ(database_for("postgresql://u@h/md", "ab"),
            "postgresql://u@h/md?options=-csearch_path%3Dt_ab%2Cpublic");
}

class TenancyRegistry : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("md-tenancy-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    home_ = std::make_unique<db::Pool>((dir_ / "home.db").string(), 2);
    auto conn = home_->acquire();
    db::apply_migrations(*conn, embedded_migrations("platform"));
  }
  void TearDown() override {
    home_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
  std::unique_ptr<db::Pool> home_;
};

TEST_F(TenancyRegistry, HostPicksTheTenantAndUnknownHostsGetHome) {
  {
    auto conn = home_->acquire();
    add(*conn, Tenant{"alpha", "甲区", {"alpha.example", "a.example"}, "", true}, 1);
    add(*conn, Tenant{"beta", "乙区", {"beta.example"}, "", true}, 1);
    EXPECT_THROW(add(*conn, Tenant{"gamma", "丙区", {"A.example"}, "", true}, 1),
                 std::invalid_argument);  // a.example is alpha's
    EXPECT_THROW(add(*conn, Tenant{"alpha", "again", {"x.example"}, "", true}, 1),
                 std::invalid_argument);
  }
  Registry r(*home_, 2);
  r.load();
  auto a = r.route("A.Example:8080");
  ASSERT_NE(a.tenant, nullptr);
  EXPECT_EQ(a.tenant->code, "alpha");
  EXPECT_EQ(a.pool->url(), (dir_ / "tenants" / "alpha.db").string());
  EXPECT_EQ(r.route("beta.example").tenant->code, "beta");
  auto other = r.route("127.0.0.1:8080");
  EXPECT_EQ(other.tenant, nullptr);
  EXPECT_EQ(other.pool, home_.get());

  {  // a suspended tenant gets no pool (the dispatcher answers 503)
    auto conn = home_->acquire();
    update(*conn, Tenant{"beta", "乙区", {"beta.example"}, "", false}, 2);
  }
  r.load();
  auto b = r.route("beta.example");
  ASSERT_NE(b.tenant, nullptr);
  EXPECT_FALSE(b.tenant->active);
  EXPECT_EQ(b.pool, nullptr);
  EXPECT_EQ(r.list().size(), 2u);
}

TEST(TenancyScope, CurrentTenantFollowsTheScope) {
  EXPECT_EQ(current_key(), "");
  Tenant t{"alpha", "甲区", {"alpha.example"}, "", true};
  {
    Scope s(&t);
    EXPECT_EQ(current_key(), "alpha");
  }
  EXPECT_EQ(current(), nullptr);
}

}  // namespace
}  // namespace md::tenancy
