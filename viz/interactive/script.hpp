#pragma once
// Scripts that drive the window without a person, one action per line:
//
//   # the forum map: find the ILO, accept a suggestion, undo it, save
//   search International Labour
//   wait-analysis
//   accept-suggestion 1
//   expect relationships 51
//   undo
//   save /tmp/forum.json
//   screenshot /tmp/forum.png
//
// Blank lines and lines starting with '#' are skipped. Actions on the map run
// through the same Session methods the window's buttons call; a few (frames,
// screenshot, quit) belong to the window and are handed back to it.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "viz/interactive/session.hpp"

namespace stakemap::interactive {

struct ScriptStep {
    std::size_t line = 0;
    std::string verb;
    std::vector<std::string> arguments;
    std::string rest;  // everything after the verb, as written (for names with spaces)
};

struct Script {
    std::string file;
    std::vector<ScriptStep> steps;
};

// "FILE:LINE: message"; thrown for a malformed script and for an action that fails or an expectation that does not hold.
class ScriptError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

Script parse_script(const std::string& text, const std::string& file);
Script read_script(const std::string& path);  // throws ScriptError if unreadable or malformed

// What the window must do after a step.
struct WindowRequest {
    enum class Kind { none, frames, screenshot, tab, quit } kind = Kind::none;
    std::size_t frames = 0;
    std::string path;  // the screenshot's file, or the tab's name
};

// Runs one step on the session; throws ScriptError naming the file and line.
WindowRequest run_step(Session& session, const Script& script, const ScriptStep& step);

// The verbs, for help texts.
std::string script_verbs();

}  // namespace stakemap::interactive
