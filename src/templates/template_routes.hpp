#pragma once

#include "http/router.hpp"
#include "leads/lead_service.hpp"
#include "templates/template_service.hpp"

namespace logis {

// /api/v1/email-templates, /api/v1/sms-templates, their previews, /api/v1/templates/preview-draft and
// /api/v1/template-variables. A preview's lead must be one the caller may see.
void addTemplateRoutes(Router& router, const TemplateService& templates, const LeadService& leads);

}  // namespace logis
