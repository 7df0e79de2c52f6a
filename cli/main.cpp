// stakemap: map stakeholder networks and find the partners missing from them.
// This file only wires the subcommands; each lives in its own file.

#include <csignal>
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/terminal_output.hpp"
#include "cli/analyze_command.hpp"
#include "cli/export_command.hpp"
#include "cli/gap_commands.hpp"
#include "cli/gui_command.hpp"
#include "cli/merge_command.hpp"
#include "cli/diff_command.hpp"
#include "cli/report_command.hpp"
#include "cli/share_command.hpp"
#include "cli/survey_commands.hpp"
#include "cli/generate_command.hpp"
#include "cli/validate_command.hpp"
#include "importers/support/import_error.hpp"
#include "stakemap_version.hpp"

int main(int argc, char** argv) {
    // Past a file-size limit, a write must fail with EFBIG (and be reported, the old
    // file kept) instead of the default SIGXFSZ killing the process.
    std::signal(SIGXFSZ, SIG_IGN);
    stakemap::cli::clean_standard_streams();
    CLI::App app{"stakemap " STAKEMAP_VERSION
                 " - map stakeholder networks (SDG 8.7: forced labour, modern slavery, trafficking, child labour)\n"
                 "and find the partners missing from them."};
    app.set_version_flag("--version", "stakemap " STAKEMAP_VERSION);
    app.require_subcommand(1);
    // One line, like every other error: "error: --orgs: Value 0 not in range 2 to 1000000".
    app.failure_message([](const CLI::App*, const CLI::Error& error) {
        return std::string("error: ") + error.what() + " (stakemap --help lists the options)\n";
    });
    int exit_code = 0;
    stakemap::cli::register_analyze(app, exit_code);
    stakemap::cli::register_generate(app, exit_code);
    stakemap::cli::register_validate(app, exit_code);
    stakemap::cli::register_gaps(app, exit_code);
    stakemap::cli::register_export(app, exit_code);
    stakemap::cli::register_report(app, exit_code);
    stakemap::cli::register_share(app, exit_code);
    stakemap::cli::register_survey(app, exit_code);
    stakemap::cli::register_survey_status(app, exit_code);
    stakemap::cli::register_suggest(app, exit_code);
    stakemap::cli::register_whatif(app, exit_code);
    stakemap::cli::register_merge(app, exit_code);
    stakemap::cli::register_diff(app, exit_code);
    stakemap::cli::register_gui(app, exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return app.exit(error);
    } catch (const stakemap::ImportError& error) {
        stakemap::cli::print_err(std::string("error: ") + error.what() + "\n");
        return 1;
    } catch (const std::bad_alloc&) {
        stakemap::cli::print_err("error: not enough memory for this input; nothing was written\n");
        return 1;
    } catch (const std::exception& error) {
        stakemap::cli::print_err(std::string("error: ") + error.what() + "\n");
        return 1;
    }
    return exit_code;
}
