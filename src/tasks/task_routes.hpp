#pragma once

#include "http/router.hpp"
#include "tasks/notification_service.hpp"
#include "tasks/task_service.hpp"

namespace logis {

// /api/v1/tasks (list, create), /{id} (patch); /api/v1/notifications (list), /{id}/read, /read-all.
void addTaskRoutes(Router& router, const TaskService& tasks, const NotificationService& notifications);

}  // namespace logis
