#include <gtest/gtest.h>

#include <filesystem>

#include "platform/audit/audit.hpp"
#include "platform/core/module.hpp"
#include "platform/db/migrate.hpp"

namespace md::audit {
namespace {

class AuditChain : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("md-audit-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++) + ".db");
    conn_ = db::connect(path_.string());
    db::apply_migrations(*conn_, embedded_migrations("platform"));
    for (int i = 0; i < 5; ++i) {
      Event e;
      e.username = "user" + std::to_string(i);
      e.ip = "127.0.0.1";
      e.action = "test.change";
      e.object_type = "thing";
      e.object_id = std::to_string(i);
      e.after = {{"value", i}};
      append_alone(*conn_, e, 1000 + i);
    }
  }
  void TearDown() override {
    conn_.reset();
    std::filesystem::remove(path_);
    std::filesystem::remove(path_.string() + "-wal");
    std::filesystem::remove(path_.string() + "-shm");
  }
  std::filesystem::path path_;
  std::unique_ptr<db::Connection> conn_;
  static inline int counter_ = 0;
};

TEST_F(AuditChain, AnUntouchedLogVerifies) {
  auto r = verify(*conn_);
  EXPECT_TRUE(r.ok);
  EXPECT_EQ(r.checked, 5);
}

TEST_F(AuditChain, EditingARecordIsFoundAtThatRecord) {
  conn_->exec("UPDATE audit_log SET username = 'someone-else' WHERE id = 3");
  auto r = verify(*conn_);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_broken_id, 3);
}

TEST_F(AuditChain, DeletingAMiddleRecordBreaksTheNextLink) {
  conn_->exec("DELETE FROM audit_log WHERE id = 2");
  auto r = verify(*conn_);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_broken_id, 3);
}

TEST_F(AuditChain, DeletingTheLastRecordIsFound) {
  conn_->exec("DELETE FROM audit_log WHERE id = 5");
  auto r = verify(*conn_);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_broken_id, 5);
}

TEST(AuditHash, FieldsCannotBeShiftedIntoEachOther) {
  Record a, b;
  a.event.username = "ab";
  a.event.ip = "c";
  b.event.username = "a";
  b.event.ip = "bc";
  EXPECT_NE(chain_hash(a), chain_hash(b));
}

TEST(AuditMask, PhonesAndIdNumbersAreMasked) {
  auto j =
      mask_personal({{"phone", "13812345678"}, {"idCard", "430602199001011234"}, {"name", "张三"}});
  EXPECT_EQ(j["phone"], "138****5678");
  EXPECT_EQ(j["idCard"], "4306**********1234");
  EXPECT_EQ(j["name"], "张三");
}

}  // namespace
}  // namespace md::audit
