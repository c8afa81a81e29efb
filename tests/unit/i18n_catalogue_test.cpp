#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "core/i18n.hpp"

namespace logis {
namespace {

// Every message key written in the server's code has a sentence in the catalogue, in both languages.
TEST(I18nCatalogueTest, EveryKeyUsedInTheCodeIsTranslated) {
  const std::regex key(
      R"re(\{"((?:error|field|auth|password|user|token|property|photo|geo|contact|task|lead|template|unsubscribe|visit_report|seller_report|voucher)\.[a-z_]+)")re");
  int keys = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(std::string(LOGIS_SOURCE_DIR) + "/src")) {
    if (entry.path().extension() != ".cpp" || entry.path().filename() == "i18n.cpp") continue;
    std::stringstream text;
    text << std::ifstream(entry.path()).rdbuf();
    const auto source = text.str();
    for (auto match = std::sregex_iterator(source.begin(), source.end(), key);
         match != std::sregex_iterator(); ++match) {
      ++keys;
      EXPECT_TRUE(hasTranslation((*match)[1].str())) << (*match)[1] << " in " << entry.path().filename();
    }
  }
  EXPECT_GT(keys, 30);
}

}  // namespace
}  // namespace logis
