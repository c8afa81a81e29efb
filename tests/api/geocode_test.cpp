#include "fake_ban.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

// The address search through the real BAN client against tests/rigs/fake_ban.py.
class GeocodeTest : public ServerTest {
 protected:
  void configure(Config& config) override { config.geocoder_url = fake_.url(); }
  FakeBan fake_{false};
};

TEST_F(GeocodeTest, AddressesComeBackWithTheirCoordinates) {
  auto agent = loggedIn("agent@alpha.fr", "agent");
  const auto result = agent.get("/api/v1/geocode?q=12%20rue%20de%20la%20Paix%20Paris");
  ASSERT_EQ(result.status, 200) << result.body;
  const auto first = result.json()["items"].at(0);
  EXPECT_EQ(first["postal_code"], "75002");
  EXPECT_EQ(first["city"], "Paris");
  EXPECT_NEAR(first["lat"].get<double>(), 48.87, 0.01);
  EXPECT_NEAR(first["lon"].get<double>(), 2.33, 0.01);
}

TEST_F(GeocodeTest, AFailingServiceAnswers503SoThePinIsPlacedByHand) {
  auto agent = loggedIn("agent@alpha.fr", "agent");
  fake_.setMode("error");
  const auto result = agent.get("/api/v1/geocode?q=12%20rue%20de%20la%20Paix%20Paris");
  EXPECT_EQ(result.status, 503);
  EXPECT_EQ(result.json()["error"]["code"], "geocoder_unavailable");
  EXPECT_EQ(agent.get("/api/v1/geocode").status, 400);
  EXPECT_EQ(loggedIn("client@alpha.fr", "client").get("/api/v1/geocode?q=Paris").status, 403);
}

class GeocodeOffTest : public ServerTest {};

TEST_F(GeocodeOffTest, GeocodingTurnedOffAnswers503) {
  auto agent = loggedIn("agent@alpha.fr", "agent");
  EXPECT_EQ(agent.get("/api/v1/geocode?q=Paris").json()["error"]["code"], "geocoder_unavailable");
}

}  // namespace
}  // namespace logis::testing
