#include "properties/property_repository.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

// Totals of large lists: exact up to the limit, a lower bound past it, exact again on the last page.
class PropertyTotalsTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    const auto agency_id = makeUser("admin@alpha.fr", "admin").agency_id;
    manager_ = loggedIn("gestion@alpha.fr", "manager");
    // Straight into the table (as logis seed-bench loads): a thousand POSTs would only slow the test.
    std::vector<std::pair<std::int64_t, Columns>> rows;
    for (std::int64_t id = 1; id <= kSales + 3; ++id) {
      const bool sale = id <= kSales;
      rows.push_back({id,
                      {{"reference", (sale ? "V-" : "L-") + std::to_string(id)},
                       {"transaction_type", sale ? "sale" : "rent"},
                       {"property_type", "apartment"},
                       {"status", "available"},
                       {"title", "Bien " + std::to_string(id)},
                       {"country", "FR"},
                       {"show_exact_address", std::int64_t{0}},
                       {"features_mask", std::int64_t{0}},
                       {"copro", std::int64_t{0}},
                       {"copro_procedure", std::int64_t{0}},
                       {"list_price_cents", id * 100},
                       {"created_at", id},
                       {"updated_at", id}}});
    }
    const PropertyRepository repository(app_->database());
    repository.insertMany(agency_id, rows);
    std::vector<std::pair<std::int64_t, nlohmann::json>> indexed;
    for (const auto& [id, columns] : rows) {
      indexed.push_back({id,
                         {{"reference", std::get<std::string>(columns[0].second)},
                          {"title", std::get<std::string>(columns[4].second)},
                          {"description", nullptr},
                          {"city", nullptr},
                          {"lat", nullptr},
                          {"lon", nullptr}}});
    }
    repository.indexMany(agency_id, indexed);
  }

  nlohmann::json list(const std::string& query) {
    const auto result = manager_.get("/api/v1/properties?" + query);
    EXPECT_EQ(result.status, 200) << result.body;
    return result.json();
  }

  static constexpr std::int64_t kSales = PropertyRepository::kExactTotalLimit + 5;
  ApiClient manager_{0};
};

TEST_F(PropertyTotalsTest, UnderTheLimitTheTotalIsExact) {
  const auto page = list("transaction=rent&per_page=2");
  EXPECT_EQ(page["total"], 3);
  EXPECT_EQ(page["total_exact"], true);
  EXPECT_EQ(list("transaction=rent&page=5")["total"], 3);  // past the end: counted
}

TEST_F(PropertyTotalsTest, PastTheLimitTheTotalIsALowerBound) {
  const auto first = list("transaction=sale");
  EXPECT_EQ(first["items"].size(), 20u);
  EXPECT_EQ(first["total"], PropertyRepository::kExactTotalLimit);
  EXPECT_EQ(first["total_exact"], false);
  const auto beyond = list("transaction=sale&page=500");
  EXPECT_EQ(beyond["items"].size(), 0u);
  EXPECT_EQ(beyond["total"], PropertyRepository::kExactTotalLimit);
  EXPECT_EQ(beyond["total_exact"], false);
}

TEST_F(PropertyTotalsTest, TheLastPageKnowsTheExactTotal) {
  const auto last = list("transaction=sale&sort=price&per_page=100&page=11");
  ASSERT_EQ(last["items"].size(), 5u);
  EXPECT_EQ(last["items"][4]["title"], "Bien " + std::to_string(kSales));
  EXPECT_EQ(last["total"], kSales);
  EXPECT_EQ(last["total_exact"], true);
}

// A word search counts its matches as any list does, and pages in the requested order whether its words are
// common (every row says "Bien") or rare; each word is the beginning of a word ("100": 100, 1000 to 1008).
TEST_F(PropertyTotalsTest, WordSearchesAreCountedAndPagedAsAnyList) {
  const auto ids = [](const nlohmann::json& page) {
    std::vector<std::int64_t> found;
    for (const auto& item : page["items"]) found.push_back(item["id"]);
    return found;
  };
  const auto first = list("q=bien&per_page=3");
  EXPECT_EQ(ids(first), (std::vector<std::int64_t>{kSales + 3, kSales + 2, kSales + 1}));
  EXPECT_EQ(first["total"], PropertyRepository::kExactTotalLimit);
  EXPECT_EQ(first["total_exact"], false);
  const auto last = list("q=BIEN&per_page=5&page=202");
  EXPECT_EQ(ids(last), (std::vector<std::int64_t>{3, 2, 1}));
  EXPECT_EQ(last["total"], kSales + 3);
  EXPECT_EQ(last["total_exact"], true);
  const auto prefix = list("q=100&sort=price&per_page=3");
  EXPECT_EQ(ids(prefix), (std::vector<std::int64_t>{100, 1000, 1001}));
  EXPECT_EQ(prefix["total"], 10);
  EXPECT_EQ(ids(list("q=bien+1007")), std::vector<std::int64_t>{1007});
}

// Broad searches page through the sort's index, narrow ones sort their few matches: the same order.
TEST_F(PropertyTotalsTest, BroadSearchesPageInTheRequestedOrder) {
  const auto ids = [&](const std::string& query) {
    std::vector<std::int64_t> found;
    const auto page = list(query);
    for (const auto& item : page["items"]) found.push_back(item["id"]);
    return found;
  };
  EXPECT_EQ(ids("transaction=sale&per_page=3"), (std::vector<std::int64_t>{kSales, kSales - 1, kSales - 2}));
  EXPECT_EQ(ids("transaction=sale&per_page=3&page=2"),
            (std::vector<std::int64_t>{kSales - 3, kSales - 4, kSales - 5}));
  EXPECT_EQ(ids("transaction=sale&sort=price&per_page=3&page=334"),
            (std::vector<std::int64_t>{1000, 1001, 1002}));
  EXPECT_EQ(ids("transaction=sale&sort=-price&per_page=2&price_max=50000"),
            (std::vector<std::int64_t>{500, 499}));
  EXPECT_EQ(ids("sort=created_at&per_page=2"), (std::vector<std::int64_t>{1, 2}));
}

}  // namespace
}  // namespace logis::testing
