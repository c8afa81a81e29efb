#include "properties/property_routes.hpp"

#include <charconv>

#include "core/api_error.hpp"
#include "core/strings.hpp"
#include "http/json_input.hpp"
#include "http/multipart.hpp"
#include "http/pagination.hpp"
#include "http/query_params.hpp"
#include "properties/property_fields.hpp"
#include "properties/property_repository.hpp"

namespace logis {
namespace {

constexpr std::int64_t kMaxMapPoints = 5000;

// Query-string reader: each accessor checks one parameter and names it in the 400 it may answer.
class QueryReader {
 public:
  explicit QueryReader(const Request& request) : request_(request) {}

  std::optional<std::string> text(const std::string& name) const { return queryText(request_, name); }

  std::optional<std::int64_t> integer(const std::string& name) const {
    const auto value = text(name);
    if (!value) return std::nullopt;
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), number);
    if (error != std::errc() || end != value->data() + value->size() || number < 0) {
      throw invalidQuery(name, "un nombre entier positif / a whole number >= 0");
    }
    return number;
  }

  std::optional<double> decimal(const std::string& name) const {
    const auto value = text(name);
    if (!value) return std::nullopt;
    double number = 0;
    const auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), number);
    if (error != std::errc() || end != value->data() + value->size() || !(number >= 0)) {
      throw invalidQuery(name, "un nombre >= 0 / a number >= 0");
    }
    return number;
  }

  std::vector<std::string> choices(const std::string& name, const std::string& field) const {
    return queryChoices(request_, name, findPropertyField(field)->choices);
  }

 private:
  const Request& request_;
};

// The words of `q` (the first ten) a property must have words beginning with.
std::vector<std::string> searchWords(const std::string& text) {
  auto words = PropertyRepository::indexedWords(text);
  if (words.size() > 10) words.resize(10);
  return words;
}

PropertySearch searchFrom(const Request& request) {
  const QueryReader query(request);
  PropertySearch search;
  if (const auto transaction = query.choices("transaction", "transaction"); !transaction.empty()) {
    if (transaction.size() > 1) throw invalidQuery("transaction", "sale, rent");
    search.transaction = transaction.front();
  }
  search.types = query.choices("type", "type");
  search.statuses = query.choices("status", "status");
  search.price_min = query.integer("price_min");
  search.price_max = query.integer("price_max");
  search.area_min = query.decimal("area_min");
  search.area_max = query.decimal("area_max");
  search.rooms_min = query.integer("rooms_min");
  search.bedrooms_min = query.integer("bedrooms_min");
  search.agent_id = query.integer("agent_id");
  if (const auto city = query.text("city")) search.city = lowercase(*city);
  if (auto postal_code = query.text("postal_code")) {
    if (postal_code->size() > 10 || postal_code->find_first_of("%_") != std::string::npos) {
      throw invalidQuery("postal_code", "75, 75011");
    }
    search.postal_code = postal_code;
  }
  if (const auto dpe = query.text("dpe_max")) {
    if (dpe->size() != 1 || (*dpe)[0] < 'A' || (*dpe)[0] > 'G') throw invalidQuery("dpe_max", "A..G");
    search.dpe_max_rank = (*dpe)[0] - 'A' + 1;
  }
  if (const auto features = query.text("features")) {
    const auto mask = featuresMask(splitNonEmpty(*features, ','));
    if (!mask) throw invalidQuery("features", allowedList(propertyFeatures()));
    search.features_mask = *mask;
  }
  if (const auto text = query.text("q")) search.words = searchWords(*text);
  search.near = geo::parseNear(query.text("near"), query.text("radius_km"));
  if (const auto bbox = query.text("bbox")) search.viewport = geo::parseBbox(*bbox);
  if (const auto polygon = query.text("polygon")) {
    search.polygon = geo::parsePolygon(*polygon);
    search.polygon_text = *polygon;
  }
  if (const auto sort = query.text("sort")) {
    if (*sort == "distance" && !search.near) throw invalidQuery("sort", "distance: near=lat,lon&radius_km=");
    if (!isKnownPropertySort(*sort) && *sort != "distance") {
      throw invalidQuery(
          "sort",
          "price, -price, area, -area, price_per_m2, -price_per_m2, created_at, -created_at, distance");
    }
    search.sort = *sort;
  }
  return search;
}

nlohmann::json listBody(const PageRequest& page, const PropertyPage& result) {
  auto body = page.listBody(result.items, result.total);
  body["total_exact"] = result.total_exact;
  return body;
}

}  // namespace

void addPhotoRoutes(Router& router, const PhotoService& photos, std::size_t max_upload_bytes) {
  const std::string base = "/api/v1/properties/{id}/photos";
  router.add("GET", base, Access::to(Action::view_properties), [&photos](Request& request) {
    return Response::json(200, photos.list(request.caller(), request.idParam("id")));
  });

  // The upload's own limit leaves room for the multipart envelope; the photo's limit is checked after.
  router
      .add("POST", base, Access::to(Action::edit_properties),
           [&photos](Request& request) {
             const auto id = request.idParam("id");
             const auto form = Multipart::parse(request);
             const auto* file = form.find("file");
             if (file == nullptr || file->bytes.empty())
               throw ApiError::invalidFields({{"file", {"field.required"}}});
             const auto* caption = form.find("caption");
             if (caption != nullptr && caption->bytes.size() > 300) {
               throw ApiError::invalidFields({{"caption", {"field.too_long", {{"max", "300"}}}}});
             }
             const auto text = caption == nullptr || caption->bytes.empty()
                                   ? std::nullopt
                                   : std::optional<std::string>(caption->bytes);
             return Response::json(201, photos.add(request.caller(), id, file->bytes, text));
           })
      .max_body_bytes = max_upload_bytes + 1024 * 1024;

  router.add("PATCH", base + "/{photo_id}", Access::to(Action::edit_properties), [&photos](Request& request) {
    const auto id = request.idParam("id");
    const auto photo_id = request.idParam("photo_id");
    auto input = JsonInput::parse(request);
    PhotoChanges changes;
    if (const auto position = input.optionalInteger("position"))
      changes.position = static_cast<int>(*position);
    if (const auto cover = input.optionalBoolean("is_cover")) {
      if (!*cover) input.reject("is_cover", {"photo.cover_choose_another"});
      changes.make_cover = *cover;
    }
    if (input.object().contains("caption")) changes.caption = input.optionalString("caption", 300);
    input.finish();
    return Response::json(200, photos.update(request.caller(), id, photo_id, changes));
  });

  router.add("DELETE", base + "/{photo_id}", Access::to(Action::edit_properties),
             [&photos](Request& request) {
               photos.remove(request.caller(), request.idParam("id"), request.idParam("photo_id"));
               return Response::noContent();
             });

  router.add("GET", base + "/{photo_id}/{variant}", Access::to(Action::view_properties),
             [&photos](Request& request) {
               Response response;
               response.file =
                   photos.variantFile(request.caller(), request.idParam("id"), request.idParam("photo_id"),
                                      request.path_params.at("variant"));
               response.content_type = "image/jpeg";
               response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
               return response;
             });
}

void addPropertySheetRoute(Router& router, const PropertySheet& sheets) {
  router.add("GET", "/api/v1/properties/{id}/sheet.pdf", Access::to(Action::view_properties),
             [&sheets](Request& request) {
               const auto sheet = sheets.render(request.caller().agency_id, request.idParam("id"));
               if (!sheet) throw ApiError::notFound();
               return Response::inlineFile("application/pdf", sheet->pdf, sheet->filename);
             });
}

void addMapSettingsRoute(Router& router, const Config& config) {
  router.add("GET", "/api/v1/map-settings", Access::to(Action::view_properties), [&config](Request&) {
    return Response::json(
        200, {{"tile_url", config.map_tile_url}, {"attribution", config.map_attribution}, {"max_zoom", 19}});
  });
}

void addPropertyRoutes(Router& router, const PropertyService& properties) {
  router.add(
      "GET", "/api/v1/properties", Access::to(Action::view_properties), [&properties](Request& request) {
        const auto page = PageRequest::fromQuery(request);
        const auto search = searchFrom(request);
        return Response::json(
            200, listBody(page, properties.search(request.caller(), search, page.offset(), page.per_page)));
      });

  router.add(
      "GET", "/api/v1/properties/points", Access::to(Action::view_properties),
      [&properties](Request& request) {
        const auto points = properties.points(request.caller(), searchFrom(request), kMaxMapPoints);
        return Response::json(200, {{"items", points.items}, {"truncated", points.total > kMaxMapPoints}});
      });

  router.add("POST", "/api/v1/properties", Access::to(Action::create_properties),
             [&properties](Request& request) {
               const auto input = JsonInput::parse(request);
               return Response::json(201, properties.create(request.caller(), input.object()));
             });

  router.add("GET", "/api/v1/properties/{id}", Access::to(Action::view_properties),
             [&properties](Request& request) {
               return Response::json(200, properties.get(request.caller(), request.idParam("id")));
             });

  router.add("PATCH", "/api/v1/properties/{id}", Access::to(Action::edit_properties),
             [&properties](Request& request) {
               const auto id = request.idParam("id");
               const auto input = JsonInput::parse(request);
               return Response::json(200, properties.update(request.caller(), id, input.object()));
             });

  router.add("DELETE", "/api/v1/properties/{id}", Access::to(Action::archive_properties),
             [&properties](Request& request) {
               properties.archive(request.caller(), request.idParam("id"));
               return Response::noContent();
             });

  router.add("GET", "/api/v1/properties/{id}/history", Access::to(Action::view_properties),
             [&properties](Request& request) {
               const auto id = request.idParam("id");
               const auto page = PageRequest::fromQuery(request);
               return Response::json(200, listBody(page, properties.history(request.caller(), id,
                                                                            page.offset(), page.per_page)));
             });
}

}  // namespace logis
