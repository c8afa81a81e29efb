// The job queue over the real database (SQLite, or MariaDB with LOGIS_TEST_DIALECT=mysql): idempotent
// queueing, claims and their locks, retries with backoff, dead jobs, and racing workers.
#include <set>
#include <thread>

#include "jobs/job_queue.hpp"
#include "jobs/job_repository.hpp"
#include "jobs/job_runner.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

using jobs::Job;
using jobs::JobQueue;
using jobs::JobRegistry;
using jobs::JobRepository;
using jobs::JobRunner;
using jobs::NewJob;

class JobQueueTest : public ServerTest {
 protected:
  const Database& db() const { return app_->database(); }
  JobQueue queue() const { return JobQueue(db(), *clock_); }

  std::int64_t enqueue(const std::string& key, const std::string& kind = "test.count", int max_attempts = 8) {
    return queue().enqueue({kind, {{"n", key}}, std::nullopt, key, clock_->now(), max_attempts});
  }
  Row job(std::int64_t id) const { return *db().queryOne("SELECT * FROM jobs WHERE id = ?", {id}); }
};

TEST_F(JobQueueTest, QueueingTheSameKeyTwiceAnswersTheFirstJob) {
  const auto first = enqueue("email.send:1");
  const auto again =
      queue().enqueue({"email.send", {{"email_id", 99}}, 7, "email.send:1", clock_->now() + 5000});
  EXPECT_EQ(again, first);
  EXPECT_EQ(countRows("jobs"), 1);
  EXPECT_EQ(job(first).text("payload"), R"({"n":"email.send:1"})");
  EXPECT_EQ(job(first).text("status"), "queued");
  EXPECT_NE(enqueue("email.send:2"), first);
}

TEST_F(JobQueueTest, QueueingTheSameKeyFromManyThreadsMakesOneJob) {
  std::vector<std::int64_t> ids(8);
  std::vector<std::jthread> threads;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    threads.emplace_back([this, &ids, i] { ids[i] = enqueue("sms.send:5"); });
  }
  threads.clear();
  EXPECT_EQ(std::set<std::int64_t>(ids.begin(), ids.end()).size(), 1U);
  EXPECT_EQ(countRows("jobs"), 1);
}

TEST_F(JobQueueTest, CancelStopsAWaitingJobButNotAFinishedOne) {
  const auto waiting = enqueue("email.send:1");
  const auto finished = enqueue("email.send:2");
  db().execute("UPDATE jobs SET status = 'done' WHERE id = ?", {finished});
  queue().cancel("email.send:1");
  queue().cancel("email.send:2");
  queue().cancel("email.send:404");
  EXPECT_EQ(job(waiting).text("status"), "cancelled");
  EXPECT_EQ(job(finished).text("status"), "done");
  JobRegistry registry;
  registry.add("test.count", [](const Job&) { FAIL() << "a cancelled job ran"; });
  EXPECT_EQ(JobRunner(db(), *clock_, registry, "w1").runDue(), 0);
}

TEST_F(JobQueueTest, AJobIsNotDueBeforeItsTime) {
  const auto later = queue().enqueue({"test.count", {}, std::nullopt, "later", clock_->now() + 60'000});
  JobRegistry registry;
  int runs = 0;
  registry.add("test.count", [&runs](const Job&) { ++runs; });
  JobRunner runner(db(), *clock_, registry, "w1");
  EXPECT_EQ(runner.runDue(), 0);
  clock_->advanceSeconds(60);
  EXPECT_EQ(runner.runDue(), 1);
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(job(later).text("status"), "done");
  EXPECT_EQ(job(later).integer("finished_at"), clock_->now());
}

TEST_F(JobQueueTest, AClaimedJobIsLockedUntilItsLockExpires) {
  const auto id = enqueue("mailbox.poll:3:100");
  const JobRepository repository(db());
  const auto now = clock_->now();
  const auto first = repository.claim("host:1:1", now, now + 60'000, 10);
  ASSERT_EQ(first.size(), 1U);
  EXPECT_EQ(first[0].id, id);
  EXPECT_EQ(first[0].status, "running");
  EXPECT_EQ(first[0].attempts, 1);
  EXPECT_EQ(first[0].locked_by, "host:1:1");
  EXPECT_TRUE(repository.claim("host:2:1", now + 59'999, now + 120'000, 10).empty());

  // The first worker died: once its lock expires, another one takes the job.
  const auto second = repository.claim("host:2:1", now + 60'000, now + 120'000, 10);
  ASSERT_EQ(second.size(), 1U);
  EXPECT_EQ(second[0].attempts, 2);
  EXPECT_EQ(second[0].locked_by, "host:2:1");
  // The dead worker's late answer no longer counts.
  repository.markDone(id, "host:1:1", now + 61'000);
  EXPECT_EQ(job(id).text("status"), "running");
  repository.markDone(id, "host:2:1", now + 62'000);
  EXPECT_EQ(job(id).text("status"), "done");
}

TEST_F(JobQueueTest, AFailingJobRetriesWithGrowingDelaysThenIsDead) {
  const auto id = enqueue("email.send:1", "test.count", 3);
  JobRegistry registry;
  int runs = 0;
  registry.add("test.count", [&runs](const Job&) {
    ++runs;
    throw std::runtime_error("454 4.7.0 TLS non disponible");
  });
  JobRunner runner(db(), *clock_, registry, "w1");
  EXPECT_EQ(runner.runDue(), 1);
  auto row = job(id);
  EXPECT_EQ(row.text("status"), "failed");
  EXPECT_EQ(row.integer("attempts"), 1);
  EXPECT_EQ(row.text("last_error"), "454 4.7.0 TLS non disponible");
  EXPECT_GE(row.integer("due_at") - clock_->now(), 24'000);
  EXPECT_LE(row.integer("due_at") - clock_->now(), 36'000);
  EXPECT_EQ(runner.runDue(), 0);

  clock_->advanceSeconds(36);
  EXPECT_EQ(runner.runDue(), 1);
  row = job(id);
  EXPECT_EQ(row.text("status"), "failed");
  EXPECT_GE(row.integer("due_at") - clock_->now(), 48'000);
  EXPECT_LE(row.integer("due_at") - clock_->now(), 72'000);

  clock_->advanceSeconds(72);
  EXPECT_EQ(runner.runDue(), 1);
  row = job(id);
  EXPECT_EQ(row.text("status"), "dead");
  EXPECT_EQ(row.integer("attempts"), 3);
  EXPECT_EQ(row.integer("finished_at"), clock_->now());
  clock_->advanceSeconds(24 * 3600);
  EXPECT_EQ(runner.runDue(), 0);
  EXPECT_EQ(runs, 3);
}

TEST_F(JobQueueTest, APermanentErrorOrAnUnknownKindIsDeadAtOnce) {
  const auto refused = enqueue("email.send:1");
  const auto unknown = enqueue("fax.send:1", "fax.send");
  JobRegistry registry;
  registry.add("test.count", [](const Job&) { throw jobs::PermanentJobError("550 5.1.1 adresse inconnue"); });
  EXPECT_EQ(JobRunner(db(), *clock_, registry, "w1").runDue(), 2);
  EXPECT_EQ(job(refused).text("status"), "dead");
  EXPECT_EQ(job(refused).integer("attempts"), 1);
  EXPECT_EQ(job(refused).text("last_error"), "550 5.1.1 adresse inconnue");
  EXPECT_EQ(job(unknown).text("status"), "dead");
  EXPECT_EQ(job(unknown).text("last_error"), "no handler for the job kind 'fax.send' in this worker");
}

TEST_F(JobQueueTest, AnErrorInAnotherCharsetIsStoredAsValidUtf8) {
  const auto id = enqueue("email.send:1");
  JobRegistry registry;
  registry.add("test.count",
               [](const Job&) { throw std::runtime_error("550 Bo\xEEte pleine " + std::string(3000, 'x')); });
  JobRunner(db(), *clock_, registry, "w1").runDue();
  const auto error = job(id).text("last_error");
  EXPECT_TRUE(error.starts_with("550 Bo?te pleine xxx")) << error;
  EXPECT_EQ(error.size(), 2000U);
}

TEST_F(JobQueueTest, AJobWhoseWorkerDiedAtEveryAttemptIsDeadWhenClaimedOnceMore) {
  const auto id = enqueue("email.send:1", "test.count", 2);
  const JobRepository repository(db());
  for (int attempt = 0; attempt < 2; ++attempt) {
    ASSERT_EQ(repository.claim("crashed", clock_->now(), clock_->now() + 1000, 1).size(), 1U);
    clock_->advanceSeconds(1);
  }
  JobRegistry registry;
  registry.add("test.count", [](const Job&) { FAIL() << "ran past max_attempts"; });
  EXPECT_EQ(JobRunner(db(), *clock_, registry, "w1").runDue(), 1);
  EXPECT_EQ(job(id).text("status"), "dead");
}

// Two runners, each with its own connections, race over 200 jobs of a handler that records each run.
TEST_F(JobQueueTest, TwoRunnersRunEachOfTwoHundredJobsExactlyOnce) {
  db().execute("CREATE TABLE job_runs (job_id BIGINT NOT NULL, worker VARCHAR(100) NOT NULL)");
  for (int i = 0; i < 200; ++i) enqueue("count:" + std::to_string(i));
  JobRegistry registry;
  const auto run_with = [this, &registry](const std::string& worker) {
    const Database own(app_->config().database_url, 2);
    JobRunner(own, *clock_, registry, worker).runDue();
  };
  registry.add("test.count", [this](const Job& job) {
    std::this_thread::sleep_for(std::chrono::milliseconds(3));  // a send takes a moment, outside the claim
    db().execute("INSERT INTO job_runs (job_id, worker) VALUES (?, ?)", {job.id, *job.locked_by});
  });
  {
    std::jthread first(run_with, "host:1:1");
    std::jthread second(run_with, "host:2:1");
  }
  EXPECT_EQ(countRows("job_runs"), 200);
  EXPECT_EQ(db().query("SELECT DISTINCT job_id FROM job_runs").size(), 200U);
  EXPECT_EQ(db().query("SELECT id FROM jobs WHERE status = 'done'").size(), 200U);
  for (const auto* worker : {"host:1:1", "host:2:1"}) {
    EXPECT_GT(db().query("SELECT job_id FROM job_runs WHERE worker = ?", {std::string(worker)}).size(), 0U)
        << worker << " ran nothing: the race was not a race";
  }
}

class JobRoutesTest : public JobQueueTest {
 protected:
  std::int64_t jobOf(std::optional<std::int64_t> agency_id, const std::string& key, const std::string& status,
                     const std::string& kind = "email.send") {
    const auto id = queue().enqueue({kind, {}, agency_id, key, clock_->now()});
    db().execute("UPDATE jobs SET status = ?, attempts = ?, last_error = ? WHERE id = ?",
                 {status, std::int64_t{status == "dead" ? 8 : 0},
                  status == "dead" ? SqlValue(std::string("Connexion refusée")) : SqlValue(nullptr), id});
    clock_->advanceSeconds(1);
    return id;
  }
  static std::vector<std::int64_t> ids(const nlohmann::json& page) {
    std::vector<std::int64_t> found;
    for (const auto& item : page["items"]) found.push_back(item["id"].get<std::int64_t>());
    return found;
  }
};

TEST_F(JobRoutesTest, AnAdminSeesTheAgencysJobsNewestFirstAndFiltersThem) {
  auto admin = loggedIn("admin@alpha.fr", "admin");
  const auto alpha = makeUser("agent@alpha.fr", "agent").agency_id;
  const auto beta = makeUser("admin@beta.fr", "admin", "Agence Beta").agency_id;
  const auto sent = jobOf(alpha, "email.send:1", "done");
  const auto dead = jobOf(alpha, "email.send:2", "dead");
  const auto sms = jobOf(alpha, "sms.send:3", "queued", "sms.send");
  jobOf(beta, "email.send:4", "dead");
  jobOf(std::nullopt, "housekeeping", "dead", "jobs.cleanup");

  const auto all = admin.get("/api/v1/jobs");
  ASSERT_EQ(all.status, 200) << all.body;
  const auto body = all.json();
  EXPECT_EQ(body["total"], 3);
  EXPECT_EQ(ids(body), (std::vector<std::int64_t>{sms, dead, sent}));
  const auto& item = body["items"][1];
  EXPECT_EQ(item["kind"], "email.send");
  EXPECT_EQ(item["status"], "dead");
  EXPECT_EQ(item["attempts"], 8);
  EXPECT_EQ(item["max_attempts"], 8);
  EXPECT_EQ(item["last_error"], "Connexion refusée");
  EXPECT_EQ(item["due_at"], "2026-01-15T10:00:01Z");
  EXPECT_FALSE(item.contains("payload"));

  EXPECT_EQ(ids(admin.get("/api/v1/jobs?status=dead").json()), std::vector<std::int64_t>{dead});
  EXPECT_EQ(ids(admin.get("/api/v1/jobs?kind=sms.send").json()), std::vector<std::int64_t>{sms});
  const auto paged = admin.get("/api/v1/jobs?per_page=2&page=2").json();
  EXPECT_EQ(ids(paged), std::vector<std::int64_t>{sent});
  EXPECT_EQ(paged["total"], 3);

  const auto bad = admin.get("/api/v1/jobs?status=lost");
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.json()["error"]["message"].get<std::string>().find("status"), std::string::npos);
  EXPECT_EQ(admin.get("/api/v1/jobs?kind=" + std::string(41, 'k')).status, 400);
}

TEST_F(JobRoutesTest, OnlyAdminsSeeTheJobs) {
  EXPECT_EQ(loggedIn("manager@alpha.fr", "manager").get("/api/v1/jobs").status, 403);
  EXPECT_EQ(loggedIn("agent@alpha.fr", "agent").get("/api/v1/jobs").status, 403);
  EXPECT_EQ(client().get("/api/v1/jobs").status, 401);
}

TEST_F(JobRoutesTest, RetryQueuesAFailedOrDeadJobAgainWithAFullSetOfAttempts) {
  auto admin = loggedIn("admin@alpha.fr", "admin");
  const auto alpha = makeUser("agent@alpha.fr", "agent").agency_id;
  const auto beta = makeUser("admin@beta.fr", "admin", "Agence Beta").agency_id;
  const auto dead = jobOf(alpha, "email.send:1", "dead");
  const auto done = jobOf(alpha, "email.send:2", "done");
  const auto theirs = jobOf(beta, "email.send:3", "dead");

  const auto retried =
      admin.post("/api/v1/jobs/" + std::to_string(dead) + "/retry", nlohmann::json::object());
  ASSERT_EQ(retried.status, 200) << retried.body;
  EXPECT_EQ(retried.json()["status"], "queued");
  EXPECT_EQ(retried.json()["attempts"], 0);
  EXPECT_EQ(retried.json()["due_at"], "2026-01-15T10:00:03Z");
  EXPECT_EQ(retried.json()["last_error"], "Connexion refusée");  // kept until the next run answers

  const auto again = admin.post("/api/v1/jobs/" + std::to_string(dead) + "/retry", nlohmann::json::object());
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(admin.post("/api/v1/jobs/" + std::to_string(done) + "/retry", nlohmann::json::object()).status,
            409);
  EXPECT_EQ(job(done).text("status"), "done");
  EXPECT_EQ(admin.post("/api/v1/jobs/" + std::to_string(theirs) + "/retry", nlohmann::json::object()).status,
            404);
  EXPECT_EQ(job(theirs).text("status"), "dead");
  EXPECT_EQ(admin.post("/api/v1/jobs/999999/retry", nlohmann::json::object()).status, 404);

  JobRegistry registry;
  int runs = 0;
  registry.add("email.send", [&runs](const Job&) { ++runs; });
  EXPECT_EQ(JobRunner(db(), *clock_, registry, "w1").runDue(), 1);
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(job(dead).text("status"), "done");
}

}  // namespace
}  // namespace logis::testing
