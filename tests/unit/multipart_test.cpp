#include "http/multipart.hpp"

#include <gtest/gtest.h>

#include "core/api_error.hpp"

namespace logis {
namespace {

Request requestWith(const std::string& content_type, std::string body) {
  Request request;
  request.method = "POST";
  request.headers["Content-Type"] = content_type;
  request.body = std::move(body);
  return request;
}

Request upload(std::string body) {
  return requestWith("multipart/form-data; boundary=----logis42", std::move(body));
}

const std::string kPhotoBytes("\xff\xd8\xff\xe0\r\n--not-the-boundary\0\xff\xd9", 26);

std::string validBody() {
  return "------logis42\r\n"
         "Content-Disposition: form-data; name=\"caption\"\r\n\r\n"
         "Séjour lumineux\r\n"
         "------logis42\r\n"
         "Content-Disposition: form-data; name=\"file\"; filename=\"façade.jpg\"\r\n"
         "Content-Type: image/jpeg\r\n\r\n" +
         kPhotoBytes +
         "\r\n"
         "------logis42--\r\n";
}

ApiError errorOf(const Request& request) {
  try {
    Multipart::parse(request);
  } catch (const ApiError& error) {
    return error;
  }
  ADD_FAILURE() << "no error";
  return ApiError(0, "", {""});
}

TEST(MultipartTest, ReadsFieldsAndFileBytesExactly) {
  const auto form = Multipart::parse(upload(validBody()));

  ASSERT_EQ(form.parts().size(), 2u);
  const auto* caption = form.find("caption");
  ASSERT_NE(caption, nullptr);
  EXPECT_EQ(caption->bytes, "Séjour lumineux");
  EXPECT_EQ(caption->filename, "");

  const auto* file = form.find("file");
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(file->filename, "façade.jpg");
  EXPECT_EQ(file->content_type, "image/jpeg");
  EXPECT_EQ(file->bytes, kPhotoBytes);
  EXPECT_EQ(form.find("other"), nullptr);
}

TEST(MultipartTest, AcceptsAQuotedBoundaryAndAnyCase) {
  const auto form =
      Multipart::parse(requestWith("Multipart/Form-Data; boundary=\"----logis42\"", validBody()));
  EXPECT_EQ(form.find("file")->bytes, kPhotoBytes);
}

TEST(MultipartTest, AnotherMediaTypeIs415) {
  for (const std::string type : {"application/json", "image/jpeg", "multipart/mixed; boundary=x", ""}) {
    const auto error = errorOf(requestWith(type, validBody()));
    EXPECT_EQ(error.status, 415) << type;
    EXPECT_EQ(error.message.key, "error.multipart_expected");
  }
}

TEST(MultipartTest, AMissingBoundaryIs400) {
  for (const std::string type : {"multipart/form-data", "multipart/form-data; boundary="}) {
    const auto error = errorOf(requestWith(type, validBody()));
    EXPECT_EQ(error.status, 400) << type;
    EXPECT_EQ(error.code, "multipart_boundary_missing");
  }
}

TEST(MultipartTest, MalformedBodiesAre400) {
  const auto body = validBody();
  const std::vector<std::string> bodies = {
      "",
      "no boundary anywhere",
      "------other\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n------other--\r\n",
      "------logis42\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n------logis42--\r\n",
      "------logis42\r\nContent-Disposition: form-data\r\n\r\nx\r\n------logis42--\r\n",
      "------logis42\r\n" + std::string(10000, 'h') + ": v\r\n\r\nx\r\n------logis42--\r\n",
  };
  for (const auto& malformed : bodies) {
    const auto error = errorOf(upload(malformed));
    EXPECT_EQ(error.status, 400) << malformed.substr(0, 80);
    EXPECT_EQ(error.code, "malformed_multipart");
  }
}

TEST(MultipartTest, ATruncatedUploadIsRefused) {
  const auto body = validBody();
  const auto error = errorOf(upload(body.substr(0, body.size() - 30)));
  EXPECT_EQ(error.status, 400);
  EXPECT_EQ(error.code, "malformed_multipart");
}

TEST(MultipartTest, TooManyPartsAre400) {
  std::string body;
  for (int i = 0; i < 51; ++i)
    body += "------logis42\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n";
  body += "------logis42--\r\n";
  EXPECT_EQ(errorOf(upload(body)).code, "malformed_multipart");
}

}  // namespace
}  // namespace logis
