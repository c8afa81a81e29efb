// The `logis` command: serve, worker, migrate, createuser, seed-demo, seed-bench, version.
#include <termios.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/app.hpp"
#include "app/bench_seeder.hpp"
#include "app/demo_seed.hpp"
#include "app/job_handlers.hpp"
#include "app/services.hpp"
#include "contacts/owner_import.hpp"
#include "core/api_error.hpp"
#include "core/config.hpp"
#include "core/crypto.hpp"
#include "core/i18n.hpp"
#include "core/log.hpp"
#include "core/paris_time.hpp"
#include "db/migrator.hpp"
#include "jobs/worker.hpp"
#include "leads/criterion_places.hpp"
#include "properties/property_repository.hpp"

namespace {

using namespace logis;

constexpr int kUsageError = 2;

struct Command {
  std::string summary;
  std::string usage;
  int (*run)(const std::vector<std::string>& args);
};

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// --name VALUE pairs and bare --flags, as declared by the command.
std::map<std::string, std::string> parseOptions(const std::vector<std::string>& args,
                                                const std::vector<std::string>& with_value,
                                                const std::vector<std::string>& flags) {
  std::map<std::string, std::string> options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& arg = args[i];
    if (std::find(flags.begin(), flags.end(), arg) != flags.end()) {
      options[arg] = "";
    } else if (std::find(with_value.begin(), with_value.end(), arg) != with_value.end()) {
      if (i + 1 >= args.size()) throw UsageError(arg + " needs a value");
      options[arg] = args[++i];
    } else {
      throw UsageError("unknown argument '" + arg + "'");
    }
  }
  return options;
}

// Creates what a fresh install lacks: var/ for SQLite, the media directory, the server key (0600).
void prepareStorage(const Config& config) {
  if (config.database_url.starts_with("sqlite:")) {
    const std::filesystem::path db_file(config.database_url.substr(7));
    if (db_file.has_parent_path()) std::filesystem::create_directories(db_file.parent_path());
  }
  std::filesystem::create_directories(config.media_dir);
  try {
    crypto::SecretBox::fromKeyFile(config.secret_key_file);
  } catch (const std::exception& error) {
    throw ConfigError("LOGIS_SECRET_KEY_FILE", error.what());
  }
}

std::unique_ptr<Database> openDatabase(const Config& config) {
  try {
    return std::make_unique<Database>(config.database_url, 4);
  } catch (const std::invalid_argument& error) {
    throw ConfigError("LOGIS_DATABASE_URL", error.what());
  }
}

// Exit code 2 when migrations are pending: servers and workers sharing one MariaDB never migrate it.
bool schemaIsCurrent(const Config& config, const Clock& clock) {
  const auto database = openDatabase(config);
  const auto pending = Migrator(*database, clock).pending();
  if (pending.empty()) return true;
  std::cerr << "logis: " << pending.size() << " migration(s) pending (first: " << pending.front()
            << "): run 'logis migrate' first\n";
  return false;
}

// Blocks SIGTERM and SIGINT before any thread starts, so that only the caller's sigwait sees them.
sigset_t blockStopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return signals;
}

int serve(const std::vector<std::string>& args) {
  const auto options = parseOptions(args, {}, {"--with-worker"});
  const auto config = Config::fromEnvironment();
  prepareStorage(config);
  const SystemClock clock;
  if (!schemaIsCurrent(config, clock)) return kUsageError;
  auto signals = blockStopSignals();

  App app(config, clock);
  app.start();
  if (options.contains("--with-worker")) app.startWorker();
  log::info("server.started",
            {{"url", config.public_url}, {"listen", config.listen_host + ":" + std::to_string(app.port())}});
  std::cout << "Logis is running at " << config.public_url << " (Ctrl+C to stop)" << std::endl;
  int received = 0;
  sigwait(&signals, &received);
  log::info("server.stopping", {{"signal", received}});
  app.stop();
  log::info("server.stopped");
  return 0;
}

int worker(const std::vector<std::string>& args) {
  const auto options = parseOptions(args, {"--now"}, {"--once"});
  std::optional<EpochMs> now;
  if (options.contains("--now")) {
    if (!options.contains("--once")) throw UsageError("--now goes with --once");
    now = parseIsoInstant(options.at("--now"));
    if (!now) throw UsageError("--now needs an ISO 8601 instant with its offset, as 2026-11-24T08:00:00Z");
  }
  const auto config = Config::fromEnvironment();
  prepareStorage(config);
  const SystemClock system_clock;
  const ManualClock fixed_clock(now.value_or(0));
  const Clock& clock = now ? static_cast<const Clock&>(fixed_clock) : system_clock;
  if (!schemaIsCurrent(config, clock)) return kUsageError;
  auto signals = blockStopSignals();

  Services services(config, clock);
  jobs::JobRegistry registry;
  registerJobHandlers(registry, services);
  jobs::Worker worker(services.database, clock, registry);
  if (options.contains("--once")) {
    const auto ran = worker.runOnce();
    std::cout << "Ran " << ran << " job(s).\n";
    return 0;
  }
  std::jthread loop([&worker](std::stop_token stop) { worker.run(stop); });
  int received = 0;
  sigwait(&signals, &received);
  log::info("worker.stopping", {{"signal", received}});
  return 0;  // the loop's destructor asks it to stop, and waits for the job in hand
}

int migrate(const std::vector<std::string>& args) {
  parseOptions(args, {}, {});
  const auto config = Config::fromEnvironment();
  prepareStorage(config);
  const auto database = openDatabase(config);
  const SystemClock clock;
  const auto applied = Migrator(*database, clock).migrate();
  if (applied.empty()) std::cout << "The database is up to date.\n";
  for (const auto& version : applied) std::cout << "Applied " << version << "\n";
  // First the quick one: OwnerImport reads every property with owner fields (about 40 min for a
  // million).
  if (const auto placed = CriterionPlaces(*database).fillMissing(); placed > 0) {
    std::cout << "Places of " << placed << " lead criteria indexed." << std::endl;
  }
  if (const auto indexed = PropertyRepository(*database).indexMissingWords(); indexed > 0) {
    std::cout << "Words of " << indexed << " properties indexed for search." << std::endl;
  }
  if (const auto moved = OwnerImport(*database, clock).run(); moved > 0) {
    std::cout << "Owners of " << moved << " properties moved to contacts.\n";
  }
  return 0;
}

std::string readPassword(bool from_stdin) {
  std::string password;
  if (from_stdin) {
    std::getline(std::cin, password);
    return password;
  }
  std::cerr << "Password: " << std::flush;
  termios saved{};
  const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
  if (terminal) {
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
  }
  std::getline(std::cin, password);
  if (terminal) tcsetattr(STDIN_FILENO, TCSANOW, &saved);
  std::cerr << "\n";
  return password;
}

void printApiError(const ApiError& error) {
  std::cerr << "logis: " << translate(Locale::en, error.message) << "\n";
  for (const auto& [field, text] : error.fields)
    std::cerr << "  " << field << ": " << translate(Locale::en, text) << "\n";
}

int createUser(const std::vector<std::string>& args) {
  const auto options = parseOptions(args, {"--email", "--role", "--agency", "--name"}, {"--password-stdin"});
  for (const auto* required : {"--email", "--role", "--agency"}) {
    if (!options.contains(required)) throw UsageError(std::string(required) + " is required");
  }
  const auto config = Config::fromEnvironment();
  const auto database = openDatabase(config);
  const SystemClock clock;
  const auto& email = options.at("--email");
  const auto name = options.contains("--name") ? options.at("--name") : email.substr(0, email.find('@'));
  const UserService users(*database, clock);
  const auto password = readPassword(options.contains("--password-stdin"));
  try {
    const auto user =
        users.createWithPassword(options.at("--agency"), {email, name, options.at("--role")}, password);
    std::cout << "Created " << roleName(user.role) << " " << user.email << " in agency \"" << user.agency_name
              << "\" (user id " << user.id << ")\n";
    return 0;
  } catch (const ApiError& error) {
    printApiError(error);
    return kUsageError;
  }
}

int seedDemoCommand(const std::vector<std::string>& args) {
  parseOptions(args, {}, {});
  const auto config = Config::fromEnvironment();
  const auto database = openDatabase(config);
  const SystemClock clock;
  const auto logins = seedDemo(*database, clock);
  std::cout << "Demo agency \"" << kDemoAgency << "\" — password for every login: " << kDemoPassword << "\n";
  for (const auto& login : logins) std::cout << "  " << login.role << "\t" << login.email << "\n";
  return 0;
}

std::int64_t wholeNumberOption(const std::map<std::string, std::string>& options, const std::string& name,
                               std::int64_t fallback, std::int64_t min) {
  if (!options.contains(name)) return fallback;
  try {
    std::size_t used = 0;
    const auto value = std::stoll(options.at(name), &used);
    if (used == options.at(name).size() && value >= min) return value;
  } catch (const std::logic_error&) {
  }
  throw UsageError(name + " needs a whole number >= " + std::to_string(min));
}

int seedBenchCommand(const std::vector<std::string>& args) {
  const auto options = parseOptions(
      args, {"--properties", "--agencies", "--seed", "--contacts", "--leads", "--interactions"}, {});
  if (!options.contains("--properties") && !options.contains("--contacts")) {
    throw UsageError("--properties or --contacts is required");
  }
  BenchSeedOptions seed;
  seed.properties = wholeNumberOption(options, "--properties", 0, 0);
  seed.contacts = wholeNumberOption(options, "--contacts", 0, 0);
  seed.leads = wholeNumberOption(options, "--leads", 0, 0);
  seed.interactions = wholeNumberOption(options, "--interactions", 0, 0);
  seed.agencies = wholeNumberOption(options, "--agencies", 1, 1);
  seed.seed = static_cast<std::uint64_t>(wholeNumberOption(options, "--seed", 1, 0));
  const auto config = Config::fromEnvironment();
  const auto database = openDatabase(config);
  const SystemClock clock;
  BenchSeeder(*database, clock, std::cout).seed(seed);
  return 0;
}

int version(const std::vector<std::string>& args) {
  parseOptions(args, {}, {});
  std::cout << "logis " << LOGIS_VERSION << "\n";
  return 0;
}

const std::map<std::string, Command>& commands() {
  static const std::map<std::string, Command> table = {
      {"serve",
       {"Start the HTTP server (web app and API).",
        "logis serve [--with-worker]\n  --with-worker also runs a background worker in the same process.",
        serve}},
      {"worker",
       {"Run the background jobs (sends, mailbox polls) until stopped.",
        "logis worker [--once [--now ISO-8601]]\n  --once runs every job due now and every periodic task "
        "once, then exits;\n  --now fixes the clock at that instant (2026-11-24T08:00:00Z).",
        worker}},
      {"migrate", {"Apply the database migrations not yet applied.", "logis migrate", migrate}},
      {"createuser",
       {"Create a user, and its agency when it does not exist.",
        "logis createuser --email EMAIL --role admin|manager|agent|client --agency NAME [--name NAME] "
        "[--password-stdin]\n  Without --password-stdin the password is asked for on the terminal.",
        createUser}},
      {"seed-demo", {"Create the demo agency and its logins (once).", "logis seed-demo", seedDemoCommand}},
      {"seed-bench",
       {"Load a bench-sized base of realistic French listings into a fresh database.",
        "logis seed-bench --properties N [--agencies K] [--seed S] [--contacts N --leads N --interactions "
        "N]\n"
        "  Creates K agencies (default 1) whose "
        "first "
        "admin is bench@logis.test (password bench-logis-2026)\n  and N properties shared among them; the "
        "same "
        "seed (default 1) gives the same data.\n  --contacts, --leads (at most one per contact) and "
        "--interactions (spread over the leads) add prospects\n  to the first agency; without --properties, "
        "to the bench agency of an earlier run.",
        seedBenchCommand}},
      {"version", {"Print the version.", "logis version", version}},
  };
  return table;
}

void printHelp() {
  std::cout << "Logis, the CRM for real-estate agencies.\n\nUsage: logis COMMAND [OPTIONS]\n\nCommands:\n";
  for (const auto& [name, command] : commands()) std::cout << "  " << name << "\t" << command.summary << "\n";
  std::cout << "\nRun 'logis COMMAND --help' for a command's options. Configuration comes from LOGIS_* "
               "environment variables (see README.md).\n";
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> all(argv + 1, argv + argc);
  if (all.empty() || all[0] == "--help" || all[0] == "-h" || all[0] == "help") {
    printHelp();
    return all.empty() ? kUsageError : 0;
  }
  const auto found = commands().find(all[0]);
  if (found == commands().end()) {
    std::cerr << "logis: unknown command '" << all[0] << "'\n";
    printHelp();
    return kUsageError;
  }
  const std::vector<std::string> args(all.begin() + 1, all.end());
  if (std::find(args.begin(), args.end(), "--help") != args.end()) {
    std::cout << found->second.summary << "\n\nUsage: " << found->second.usage << "\n";
    return 0;
  }
  try {
    return found->second.run(args);
  } catch (const UsageError& error) {
    std::cerr << "logis " << all[0] << ": " << error.what() << "\nUsage: " << found->second.usage << "\n";
    return kUsageError;
  } catch (const ConfigError& error) {
    std::cerr << "logis: configuration error: " << error.what() << "\n";
    return kUsageError;
  } catch (const std::exception& error) {
    std::cerr << "logis: " << error.what() << "\n";
    return 1;
  }
}
