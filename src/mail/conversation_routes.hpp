#pragma once

#include "http/router.hpp"
#include "mail/conversation_service.hpp"

namespace logis {

// GET /api/v1/conversations, GET /api/v1/conversations/{contact_id}/messages,
// POST /api/v1/emails/{id}/read and /unread, GET /api/v1/emails/{id}/attachments/{attachment_id}.
void addConversationRoutes(Router& router, const ConversationService& conversations);

}  // namespace logis
