#pragma once

#include <string_view>
#include <vector>

namespace logis {

// A real French city (or Paris arrondissement) for generated bench listings: where its centre is, how far
// listings spread around it, what a m² costs there, and its share of the listings.
struct BenchCity {
  std::string_view name;
  std::string_view postal_code;  // the first one where the city has several (Marseille 13001..13016)
  int postal_districts;          // how many consecutive postal codes it has (1 for most)
  double lat;
  double lon;
  double spread_km;        // standard deviation of a listing's distance from the centre, per axis
  int sale_eur_per_m2;     // typical asking price of an apartment, 2025-2026 order of magnitude
  double rent_eur_per_m2;  // typical monthly rent excluding charges
  int weight;              // share of the listings (about the population in thousands)
  bool seaside;            // more pools and views
};

const std::vector<BenchCity>& benchCities();

}  // namespace logis
