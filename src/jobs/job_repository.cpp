#include "jobs/job_repository.hpp"

#include <array>

namespace logis::jobs {
namespace {

std::pair<std::string, std::vector<SqlValue>> whereOf(std::int64_t agency_id, const JobFilter& filter) {
  std::string where = " WHERE agency_id = ?";
  std::vector<SqlValue> params = {agency_id};
  if (filter.status) {
    where += " AND status = ?";
    params.emplace_back(*filter.status);
  }
  if (filter.kind) {
    where += " AND kind = ?";
    params.emplace_back(*filter.kind);
  }
  return {where, params};
}

std::vector<Job> jobsOf(const std::vector<Row>& rows) {
  std::vector<Job> jobs;
  jobs.reserve(rows.size());
  for (const auto& row : rows) jobs.push_back(Job::fromRow(row));
  return jobs;
}

SqlValue optional(const std::optional<std::int64_t>& value) {
  return value ? SqlValue(*value) : SqlValue(nullptr);
}

}  // namespace

std::optional<std::int64_t> JobRepository::idForKey(const std::string& idempotency_key) const {
  const auto row = db_.queryOne("SELECT id FROM jobs WHERE idempotency_key = ?", {idempotency_key});
  if (!row) return std::nullopt;
  return row->integer("id");
}

std::int64_t JobRepository::insert(const NewJob& job, EpochMs now) const {
  return db_.insert(
      "INSERT INTO jobs (agency_id, kind, payload, idempotency_key, status, attempts, max_attempts, due_at, "
      "created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?)",
      {optional(job.agency_id), job.kind, job.payload.dump(), job.idempotency_key,
       std::int64_t{job.max_attempts}, job.due_at, now, now});
}

void JobRepository::cancel(const std::string& idempotency_key, EpochMs now) const {
  db_.execute(
      "UPDATE jobs SET status = 'cancelled', finished_at = ?, updated_at = ? "
      "WHERE idempotency_key = ? AND status IN ('queued', 'failed')",
      {now, now, idempotency_key});
}

std::vector<Job> JobRepository::claim(const std::string& worker_id, EpochMs now, EpochMs lock_until,
                                      int limit) const {
  // One query per state, each read in the order of the jobs_due index (status, due_at, id), so that
  // MariaDB stops at the LIMIT and locks only the rows taken: with SKIP LOCKED, another worker's claim
  // passes over them instead of waiting. (A single query with an OR would sort after reading, locking
  // every due row, and leave the other workers nothing to take meanwhile.) SQLite: the transaction is
  // BEGIN IMMEDIATE, the only writer until it commits.
  static constexpr std::array<std::string_view, 3> kClaimable = {
      "status = 'queued' AND due_at <= ? ORDER BY due_at, id",
      "status = 'failed' AND due_at <= ? ORDER BY due_at, id",
      "status = 'running' AND lock_expires_at <= ? ORDER BY id",  // their worker died
  };
  const std::string lock = db_.dialect() == Dialect::mysql ? " FOR UPDATE SKIP LOCKED" : "";
  std::vector<Job> claimed;
  db_.transactionRetried([&] {  // workers contend for the same rows: a lost deadlock claims again
    claimed.clear();
    for (const auto condition : kClaimable) {
      const auto wanted = static_cast<std::int64_t>(limit) - static_cast<std::int64_t>(claimed.size());
      if (wanted <= 0) break;
      for (const auto& row : db_.query(
               "SELECT id FROM jobs WHERE " + std::string(condition) + " LIMIT ?" + lock, {now, wanted})) {
        const auto id = row.integer("id");
        db_.execute(
            "UPDATE jobs SET status = 'running', locked_by = ?, lock_expires_at = ?, attempts = attempts + "
            "1, "
            "updated_at = ? WHERE id = ?",
            {worker_id, lock_until, now, id});
        claimed.push_back(Job::fromRow(*db_.queryOne("SELECT * FROM jobs WHERE id = ?", {id})));
      }
    }
  });
  return claimed;
}

void JobRepository::markDone(std::int64_t id, const std::string& worker_id, EpochMs now) const {
  db_.transactionRetried([&] {
    db_.execute(
        "UPDATE jobs SET status = 'done', lock_expires_at = NULL, finished_at = ?, "
        "updated_at = ? WHERE id = ? AND status = 'running' AND locked_by = ?",
        {now, now, id, worker_id});
  });
}

void JobRepository::markFailed(std::int64_t id, const std::string& worker_id, EpochMs retry_at,
                               const std::string& error, EpochMs now) const {
  db_.transactionRetried([&] {
    db_.execute(
        "UPDATE jobs SET status = 'failed', due_at = ?, last_error = ?, lock_expires_at = NULL, updated_at = ? "
        "WHERE id = ? AND status = 'running' AND locked_by = ?",
        {retry_at, error, now, id, worker_id});
  });
}

void JobRepository::markDead(std::int64_t id, const std::string& worker_id, const std::string& error,
                             EpochMs now) const {
  db_.transactionRetried([&] {
    db_.execute(
        "UPDATE jobs SET status = 'dead', last_error = ?, lock_expires_at = NULL, "
        "finished_at = ?, updated_at = ? WHERE id = ? AND status = 'running' AND locked_by = ?",
        {error, now, now, id, worker_id});
  });
}

std::int64_t JobRepository::purgeFinished(EpochMs before) const {
  return db_.execute("DELETE FROM jobs WHERE status IN ('done', 'cancelled') AND finished_at < ?", {before});
}

std::vector<Job> JobRepository::list(std::int64_t agency_id, const JobFilter& filter, std::int64_t offset,
                                     std::int64_t limit) const {
  auto [where, params] = whereOf(agency_id, filter);
  params.insert(params.end(), {limit, offset});
  return jobsOf(db_.query(
      "SELECT * FROM jobs" + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", params));
}

std::int64_t JobRepository::count(std::int64_t agency_id, const JobFilter& filter) const {
  const auto [where, params] = whereOf(agency_id, filter);
  return db_.query("SELECT COUNT(*) AS n FROM jobs" + where, params).at(0).integer("n");
}

std::optional<Job> JobRepository::find(std::int64_t agency_id, std::int64_t id) const {
  const auto row = db_.queryOne("SELECT * FROM jobs WHERE agency_id = ? AND id = ?", {agency_id, id});
  if (!row) return std::nullopt;
  return Job::fromRow(*row);
}

bool JobRepository::requeue(std::int64_t agency_id, std::int64_t id, EpochMs now) const {
  return db_.execute(
             "UPDATE jobs SET status = 'queued', attempts = 0, due_at = ?, finished_at = NULL, updated_at = "
             "? "
             "WHERE agency_id = ? AND id = ? AND status IN ('failed', 'dead')",
             {now, now, agency_id, id}) == 1;
}

}  // namespace logis::jobs
