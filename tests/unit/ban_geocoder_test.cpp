#include "geo/ban_geocoder.hpp"

#include <Poco/Net/ServerSocket.h>
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "fake_ban.hpp"

namespace logis::geo {
namespace {

using logis::testing::FakeBan;

using std::chrono::milliseconds;
using std::chrono::seconds;

milliseconds timed(const std::function<void()>& work) {
  const auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - start);
}

class BanGeocoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fake_ = std::make_unique<FakeBan>(false);
    ASSERT_TRUE(fake_->url().starts_with("http://127.0.0.1:")) << fake_->url();
    geocoder_ = std::make_unique<BanGeocoder>(fake_->url());
  }
  void TearDown() override {
    geocoder_.reset();
    fake_.reset();
  }

  // How long search() took to give up, checking that it did with GeocoderUnavailable.
  milliseconds timeToFail(const std::string& query) {
    return timed([&] { EXPECT_THROW(geocoder_->search(query, 5), GeocoderUnavailable); });
  }

  std::unique_ptr<FakeBan> fake_;
  std::unique_ptr<BanGeocoder> geocoder_;
};

TEST_F(BanGeocoderTest, FindsAnAddress) {
  const auto results = geocoder_->search("8 bd du Port Amiens", 5);
  ASSERT_EQ(results.size(), 1U);
  EXPECT_EQ(results[0].label, "8 Boulevard du Port 80000 Amiens");
  EXPECT_EQ(results[0].street, "8 Boulevard du Port");
  EXPECT_EQ(results[0].postal_code, "80000");
  EXPECT_EQ(results[0].city, "Amiens");
  EXPECT_DOUBLE_EQ(results[0].lat, 49.897443);
  EXPECT_DOUBLE_EQ(results[0].lon, 2.290084);
  EXPECT_GT(results[0].score, 0);
  EXPECT_LE(results[0].score, 1);
}

TEST_F(BanGeocoderTest, SendsTheQueryEncodedWithTheLimitAndNoAutocompletion) {
  const std::string query = "12 rue de la Paix & Cie #2 + 50% = « Église »";
  geocoder_->search("  " + query + "\n", 3);
  const auto requests = fake_->requests();
  ASSERT_EQ(requests["count"], 1);
  EXPECT_EQ(requests["queries"][0], query);
  const std::string path = requests["paths"][0];
  EXPECT_TRUE(
      path.starts_with("/search?q=12%20rue%20de%20la%20Paix%20%26%20Cie%20%232%20%2B%2050%25%20%3D%20"))
      << path;
  EXPECT_TRUE(path.ends_with("&limit=3&autocomplete=0")) << path;
}

TEST_F(BanGeocoderTest, KeepsToTheLimitBestFirst) {
  const auto both = geocoder_->search("Lyon", 10);
  ASSERT_EQ(both.size(), 2U);
  EXPECT_EQ(both[0].label, "Lyon");
  EXPECT_EQ(both[0].street, "");  // a whole town
  EXPECT_EQ(both[1].label, "1 Place Bellecour 69002 Lyon");
  EXPECT_EQ(geocoder_->search("Lyon", 1).size(), 1U);
  EXPECT_TRUE(geocoder_->search("42 impasse de Nulle Part", 5).empty());
}

TEST_F(BanGeocoderTest, AShortQueryAsksNobody) {
  EXPECT_TRUE(geocoder_->search("", 5).empty());
  EXPECT_TRUE(geocoder_->search("ab", 5).empty());
  EXPECT_TRUE(geocoder_->search("  é \t", 5).empty());
  EXPECT_TRUE(geocoder_->search(std::string(201, 'a'), 5).empty());
  EXPECT_EQ(fake_->requests()["count"], 0);
}

TEST_F(BanGeocoderTest, ARateLimitOfOneSecondIsWaitedOnceThenRetried) {
  fake_->setMode("rate_limited");
  std::vector<GeocodeResult> results;
  const auto took = timed([&] { results = geocoder_->search("1 place Bellecour Lyon", 5); });
  ASSERT_FALSE(results.empty());
  EXPECT_EQ(results[0].label, "1 Place Bellecour 69002 Lyon");
  EXPECT_EQ(fake_->requests()["count"], 2);
  EXPECT_GE(took, milliseconds(900));
}

TEST_F(BanGeocoderTest, ALongRateLimitIsNotWaitedFor) {
  fake_->setMode("rate_limited_long");
  EXPECT_LT(timeToFail("12 rue de la Paix Paris"), seconds(1));
  EXPECT_EQ(fake_->requests()["count"], 1);
}

TEST_F(BanGeocoderTest, ASlowServerFailsWithinFourSeconds) {
  fake_->setMode("slow");
  const auto took = timeToFail("12 rue de la Paix Paris");
  EXPECT_LT(took, seconds(4));
  EXPECT_GE(took, milliseconds(2900));
}

TEST_F(BanGeocoderTest, AServerErrorOrAnUnreadableAnswerIsUnavailable) {
  fake_->setMode("error");
  EXPECT_LT(timeToFail("12 rue de la Paix Paris"), seconds(1));
  fake_->setMode("malformed");
  EXPECT_LT(timeToFail("12 rue de la Paix Paris"), seconds(1));
  EXPECT_THROW(BanGeocoder(fake_->url() + "/elsewhere").search("12 rue de la Paix Paris", 5),
               GeocoderUnavailable);
}

TEST_F(BanGeocoderTest, ARefusedConnectionIsUnavailable) {
  std::uint16_t closed_port = 0;
  {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    closed_port = socket.address().port();
  }
  BanGeocoder nobody("http://127.0.0.1:" + std::to_string(closed_port));
  EXPECT_LT(timed([&] { EXPECT_THROW(nobody.search("12 rue de la Paix Paris", 5), GeocoderUnavailable); }),
            seconds(1));
}

TEST(BanGeocoderTlsTest, AnUntrustedCertificateIsRefused) {
  FakeBan fake(true);
  ASSERT_TRUE(fake.url().starts_with("https://127.0.0.1:")) << fake.url();
  BanGeocoder geocoder(fake.url());
  try {
    geocoder.search("12 rue de la Paix Paris", 5);
    ADD_FAILURE() << "a self-signed certificate was accepted";
  } catch (const GeocoderUnavailable& error) {
    EXPECT_NE(std::string(error.what()).find("certificate"), std::string::npos) << error.what();
  }
}

TEST(BanGeocoderUrlTest, OnlyHttpAndHttpsUrls) {
  EXPECT_NO_THROW(BanGeocoder("https://data.geopf.fr/geocodage/"));
  EXPECT_THROW(BanGeocoder("data.geopf.fr/geocodage"), std::invalid_argument);
  EXPECT_THROW(BanGeocoder("ftp://data.geopf.fr"), std::invalid_argument);
  EXPECT_THROW(BanGeocoder("off"), std::invalid_argument);
}

}  // namespace
}  // namespace logis::geo
