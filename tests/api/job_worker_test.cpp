// `logis worker` as an operator runs it: separate processes over the test's database.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <thread>

#include "core/paris_time.hpp"
#include "jobs/job_queue.hpp"
#include "test_server.hpp"

extern char** environ;

namespace logis::testing {
namespace {

class JobWorkerTest : public ServerTest {
 protected:
  const Database& db() const { return app_->database(); }

  // Starts `logis ARGS` over the test's database, its output in `log`; answers its pid.
  pid_t spawn(const std::vector<std::string>& args, const std::string& log) const {
    std::vector<std::string> texts = {LOGIS_BINARY};
    texts.insert(texts.end(), args.begin(), args.end());
    std::vector<std::string> env = {"LOGIS_DATABASE_URL=" + app_->config().database_url,
                                    "LOGIS_SECRET_KEY_FILE=" + app_->config().secret_key_file,
                                    "LOGIS_MEDIA_DIR=" + app_->config().media_dir, "LOGIS_GEOCODER_URL=off",
                                    "LOGIS_HTTP_THREADS=2"};
    for (char** variable = environ; *variable != nullptr; ++variable) {
      if (!std::string_view(*variable).starts_with("LOGIS_")) env.emplace_back(*variable);
    }
    std::vector<char*> argv;
    for (auto& text : texts) argv.push_back(text.data());
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (auto& text : env) envp.push_back(text.data());
    envp.push_back(nullptr);
    const auto out = (dir_ / log).string();
    const int fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const auto pid = fork();
    if (pid == 0) {
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
      if (chdir(dir_.c_str()) == 0) execve(argv[0], argv.data(), envp.data());
      _exit(127);
    }
    close(fd);
    return pid;
  }
  int wait(pid_t pid) const {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  int run(const std::vector<std::string>& args) const { return wait(spawn(args, "once.log")); }
  std::string output(const std::string& log) const {
    std::ifstream in(dir_ / log);
    return {std::istreambuf_iterator<char>(in), {}};
  }

  std::int64_t enqueue(const std::string& kind, const std::string& key, EpochMs due_at) const {
    return jobs::JobQueue(db(), *clock_).enqueue({kind, {}, std::nullopt, key, due_at});
  }
  Row job(std::int64_t id) const { return *db().queryOne("SELECT * FROM jobs WHERE id = ?", {id}); }
};

// `--now` fixes the clock: what is due at that instant runs (a kind this worker has no handler for dies,
// which is what an operator sees after a downgrade), what is due later waits; the periodic clean-up runs
// once, at that instant too.
TEST_F(JobWorkerTest, OnceRunsWhatIsDueAtTheGivenInstantAndExits) {
  const auto at = *parseIsoInstant("2030-03-01T09:00:00Z");
  const auto due = enqueue("fax.send", "fax.send:1", at - 60'000);
  const auto later = enqueue("fax.send", "fax.send:2", at + 60'000);
  const auto month_old = enqueue("fax.send", "fax.send:3", at);
  const auto recent = enqueue("fax.send", "fax.send:4", at);
  constexpr EpochMs kDay = 24 * 3600 * 1000;
  db().execute("UPDATE jobs SET status = 'done', finished_at = ? WHERE id = ?", {at - 31 * kDay, month_old});
  db().execute("UPDATE jobs SET status = 'done', finished_at = ? WHERE id = ?", {at - 29 * kDay, recent});

  ASSERT_EQ(run({"worker", "--once", "--now", "2030-03-01T10:00:00+01:00"}), 0) << output("once.log");
  EXPECT_NE(output("once.log").find("Ran 1 job(s)."), std::string::npos) << output("once.log");
  EXPECT_EQ(job(due).text("status"), "dead");
  EXPECT_EQ(job(due).integer("finished_at"), at);
  EXPECT_EQ(job(due).text("last_error"), "no handler for the job kind 'fax.send' in this worker");
  EXPECT_EQ(job(later).text("status"), "queued");
  EXPECT_FALSE(db().queryOne("SELECT id FROM jobs WHERE id = ?", {month_old}));
  EXPECT_TRUE(db().queryOne("SELECT id FROM jobs WHERE id = ?", {recent}));

  ASSERT_EQ(run({"worker", "--once", "--now", "2030-03-01T09:01:00Z"}), 0) << output("once.log");
  EXPECT_EQ(job(later).text("status"), "dead");
}

TEST_F(JobWorkerTest, OnceRefusesABadInstant) {
  EXPECT_EQ(run({"worker", "--once", "--now", "2030-03-01 09:00"}), 2);
  EXPECT_NE(output("once.log").find("--now needs an ISO 8601 instant"), std::string::npos);
  EXPECT_EQ(run({"worker", "--now", "2030-03-01T09:00:00Z"}), 2);
  EXPECT_EQ(run({"worker", "--twice"}), 2);
}

// Two worker processes race over 200 jobs falling due over 3 seconds (so that both are awake while jobs
// fall due, whatever their idle-sleep phase). The claim counts each run in `attempts` and names its worker
// in locked_by: every job ends with exactly one attempt, and both workers took a share.
TEST_F(JobWorkerTest, TwoWorkerProcessesRunEachOfTwoHundredJobsExactlyOnce) {
  const auto start = SystemClock().now() + 1000;
  db().transaction([&] {
    for (int i = 0; i < 200; ++i) enqueue("fax.send", "fax.send:" + std::to_string(i), start + i * 15);
  });
  const auto first = spawn({"worker"}, "worker1.log");
  const auto second = spawn({"worker"}, "worker2.log");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (db().query("SELECT id FROM jobs WHERE status = 'dead'").size() < 200 &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  kill(first, SIGTERM);
  kill(second, SIGTERM);
  EXPECT_EQ(wait(first), 0) << output("worker1.log");
  EXPECT_EQ(wait(second), 0) << output("worker2.log");

  EXPECT_EQ(db().query("SELECT id FROM jobs WHERE status = 'dead' AND attempts = 1").size(), 200U);
  const auto workers = db().query("SELECT DISTINCT locked_by FROM jobs");
  EXPECT_EQ(workers.size(), 2U) << "one worker ran everything: the race was not a race";
}

// `logis serve --with-worker`: the App's own worker thread runs what falls due, and stop() ends it.
TEST_F(JobWorkerTest, TheServersWorkerThreadRunsDueJobs) {
  const auto id = enqueue("fax.send", "fax.send:1", clock_->now());
  app_->startWorker();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (job(id).text("status") != "dead" && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_EQ(job(id).text("status"), "dead");
  EXPECT_EQ(job(id).integer("finished_at"), clock_->now());
}

}  // namespace
}  // namespace logis::testing
