#include "db/database.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "db/migrator.hpp"

namespace logis {
namespace {

class DatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() / ("logis-db-" + crypto::randomToken(6) + ".db");
    db_ = std::make_unique<Database>("sqlite:" + path_.string(), 4);
    db_->execute(
        "CREATE TABLE items (id INTEGER PRIMARY KEY AUTOINCREMENT, at BIGINT, label TEXT, ratio DOUBLE)");
  }
  void TearDown() override {
    db_.reset();
    for (const auto* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + suffix);
  }
  std::filesystem::path path_;
  std::unique_ptr<Database> db_;
};

TEST_F(DatabaseTest, RoundTripsLargeIntegersTextNullAndReals) {
  const auto id = db_->insert("INSERT INTO items (at, label, ratio) VALUES (?, ?, ?)",
                              {std::int64_t{1768471200123}, std::string("Élodie « ça »"), 0.25});
  db_->insert("INSERT INTO items (at, label, ratio) VALUES (?, ?, ?)", {nullptr, nullptr, nullptr});
  const auto row = db_->queryOne("SELECT at, label, ratio FROM items WHERE id = ?", {id});
  ASSERT_TRUE(row);
  EXPECT_EQ(row->integer("at"), 1768471200123);
  EXPECT_EQ(row->text("label"), "Élodie « ça »");
  EXPECT_DOUBLE_EQ(row->real("ratio"), 0.25);
  const auto empty = db_->queryOne("SELECT at, label FROM items WHERE id = ?", {id + 1});
  EXPECT_TRUE(empty->isNull("at"));
  EXPECT_EQ(empty->optionalText("label"), std::nullopt);
}

TEST_F(DatabaseTest, ATransactionThatThrowsLeavesNothing) {
  EXPECT_THROW(db_->transaction([&] {
    db_->execute("INSERT INTO items (label) VALUES (?)", {std::string("gone")});
    throw std::runtime_error("stop");
  }),
               std::runtime_error);
  EXPECT_EQ(db_->query("SELECT COUNT(*) AS n FROM items").at(0).integer("n"), 0);
  db_->transaction([&] { db_->execute("INSERT INTO items (label) VALUES (?)", {std::string("kept")}); });
  EXPECT_EQ(db_->query("SELECT COUNT(*) AS n FROM items").at(0).integer("n"), 1);
}

TEST_F(DatabaseTest, ExecuteCountsTheRowsChanged) {
  for (int i = 0; i < 3; ++i) db_->insert("INSERT INTO items (label) VALUES ('x')");
  EXPECT_EQ(db_->execute("UPDATE items SET label = 'y' WHERE label = 'x'"), 3);
}

TEST_F(DatabaseTest, InsertRowsSplitsStatementsAtTheParameterLimit) {
  std::vector<std::vector<SqlValue>> rows;
  for (std::int64_t i = 0; i < 12'000; ++i) rows.push_back({i, std::string("row ") + std::to_string(i), 0.5});
  db_->insertRows("INSERT INTO items (at, label, ratio) VALUES", "(?, ?, ?)", rows);  // 36,000 parameters
  const auto counted = db_->queryOne("SELECT COUNT(*) AS n, SUM(at) AS total FROM items");
  EXPECT_EQ(counted->integer("n"), 12'000);
  EXPECT_EQ(counted->integer("total"), 11'999 * 12'000 / 2);
  EXPECT_EQ(db_->queryOne("SELECT label FROM items WHERE at = 11999")->text("label"), "row 11999");
  db_->insertRows("INSERT INTO items (at) VALUES", "(?)", {});
  EXPECT_EQ(db_->queryOne("SELECT COUNT(*) AS n FROM items")->integer("n"), 12'000);
}

TEST(DatabaseUrlTest, ParsesBothKinds) {
  EXPECT_EQ(DatabaseUrl::parse("sqlite:var/logis.db").connection_string, "var/logis.db");
  const auto mysql = DatabaseUrl::parse("mysql://logis:p%40ss@127.0.0.1:3307/crm");
  EXPECT_EQ(mysql.dialect, Dialect::mysql);
  EXPECT_EQ(mysql.database_name, "crm");
  EXPECT_NE(mysql.connection_string.find("password=p@ss;"), std::string::npos);
  EXPECT_NE(mysql.connection_string.find("port=3307"), std::string::npos);
  EXPECT_THROW(DatabaseUrl::parse("mysql://host/db"), std::invalid_argument);
  EXPECT_THROW(DatabaseUrl::parse("sqlite:"), std::invalid_argument);
}

TEST(MigratorTest, SplitsStatementsAndSkipsComments) {
  const auto statements =
      splitSqlStatements("-- a comment\nCREATE TABLE a (x INT);\n\nINSERT INTO a\n  VALUES (1);\n");
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[1], "INSERT INTO a\n  VALUES (1)");
}

TEST_F(DatabaseTest, MigrationsApplyOnceInOrderWithTheDialectVariant) {
  const ManualClock clock(1);
  const std::vector<EmbeddedMigration> files = {
      {"0002_second.sql", "INSERT INTO log (what) VALUES ('second');"},
      {"0001_first.sql", "CREATE TABLE log (id @PK@, what TEXT) @TABLE@;"},
      {"0002_second.sqlite.sql", "INSERT INTO log (what) VALUES ('second for sqlite');"},
      {"0003_third.mysql.sql", "INSERT INTO log (what) VALUES ('mysql only');"},
      {"0003_third.sql", "INSERT INTO log (what) VALUES ('third');"},
  };
  const Migrator migrator(*db_, clock, files);
  EXPECT_EQ(migrator.migrate(), (std::vector<std::string>{"0001_first", "0002_second", "0003_third"}));
  EXPECT_TRUE(migrator.migrate().empty());
  std::vector<std::string> log;
  for (const auto& row : db_->query("SELECT what FROM log ORDER BY id")) log.push_back(row.text("what"));
  EXPECT_EQ(log, (std::vector<std::string>{"second for sqlite", "third"}));
}

TEST_F(DatabaseTest, AFailedMigrationIsNotRecorded) {
  const ManualClock clock(1);
  const Migrator broken(*db_, clock, {{"0001_bad.sql", "CREATE TABLE ok (x INT);\nTHIS IS NOT SQL;"}});
  EXPECT_ANY_THROW(broken.migrate());
  EXPECT_EQ(broken.pending(), std::vector<std::string>{"0001_bad"});
}

}  // namespace
}  // namespace logis
